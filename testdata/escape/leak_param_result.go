package main

func f(p *int) *int {
	return p
}

func main() {
	x := 1
	_ = f(&x)
}
