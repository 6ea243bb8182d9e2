package main

type T struct{ n int }

func (t *T) get() int { return t.n }

var hook func() int

func f() {
	t := &T{1}
	hook = t.get
}

func main() { f() }
