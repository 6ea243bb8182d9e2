package main

func f(p *int) func() int {
	return func() int { return *p }
}

func main() {
	x := 1
	_ = f(&x)
}
