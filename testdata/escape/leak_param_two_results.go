package main

func f(p *int) (*int, *int) {
	return p, p
}

func main() {
	x := 1
	a, b := f(&x)
	_, _ = a, b
}
