package main

func f(p *int) int {
	return *p + 1
}

func main() {
	x := 1
	_ = f(&x)
}
