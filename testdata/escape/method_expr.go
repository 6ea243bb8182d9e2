package main

type T struct{ n int }

func (t *T) get() int { return t.n }

func f() int {
	g := (*T).get
	var t T
	return g(&t)
}

func main() { _ = f() }
