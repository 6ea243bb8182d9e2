package main

func f(p *int) int {
	q := *p
	return q
}

func main() {
	x := 1
	_ = f(&x)
}
