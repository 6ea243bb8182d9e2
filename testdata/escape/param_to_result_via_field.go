package main

type T struct{ p *int }

func f(t *T) *int {
	return t.p
}

func main() {
	x := 1
	_ = f(&T{p: &x})
}
