package main

type T struct{ a, b int }

func f() *int {
	var t T
	return &t.b
}

func main() { _ = f() }
