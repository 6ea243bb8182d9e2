package main

func f(c bool, a, b *int) *int {
	if c {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2
	_ = f(true, &x, &y)
}
