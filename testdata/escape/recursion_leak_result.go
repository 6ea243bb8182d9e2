package main

func last(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return last(p, n-1)
}

func main() {
	x := 1
	_ = last(&x, 2)
}
