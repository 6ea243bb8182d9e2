package main

type T struct{ p *int }

func f(t *T) {
	x := 1
	t.p = &x
}

func main() { f(&T{}) }
