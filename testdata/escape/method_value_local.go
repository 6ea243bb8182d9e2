package main

type T struct{ n int }

func (t T) get() int { return t.n }

func f() int {
	t := T{1}
	g := t.get
	return g()
}

func main() { _ = f() }
