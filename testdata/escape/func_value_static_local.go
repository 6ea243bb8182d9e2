package main

func use(p *int) int { return *p }

func f() int {
	h := use
	x := 1
	return h(&x)
}

func main() { _ = f() }
