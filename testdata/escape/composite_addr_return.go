package main

type T struct{ x, y int }

func f() *T {
	return &T{x: 1}
}

func main() { _ = f() }
