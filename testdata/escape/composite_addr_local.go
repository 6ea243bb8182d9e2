package main

type T struct{ x, y int }

func f() int {
	p := &T{1, 2}
	return p.x + p.y
}

func main() { _ = f() }
