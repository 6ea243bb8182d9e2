package main

func depth(p *int, n int) int {
	if n == 0 {
		return *p
	}
	return depth(p, n-1)
}

func main() {
	x := 1
	_ = depth(&x, 3)
}
