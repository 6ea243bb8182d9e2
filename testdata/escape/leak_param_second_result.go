package main

func f(p, q *int) (*int, *int) {
	return nil, q
}

func main() {
	x, y := 1, 2
	a, b := f(&x, &y)
	_, _ = a, b
}
