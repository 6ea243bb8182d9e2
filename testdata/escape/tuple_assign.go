package main

func two() (*int, *int) {
	a, b := 1, 2
	return &a, &b
}

func main() {
	x, y := two()
	_, _ = x, y
}
