package main

func id[T any](v T) T { return v }

func f() *int {
	x := 1
	return id(&x)
}

func main() { _ = f() }
