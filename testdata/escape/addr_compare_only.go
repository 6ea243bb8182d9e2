package main

func f() bool {
	x, y := 1, 2
	return &x == &y
}

func main() { _ = f() }
