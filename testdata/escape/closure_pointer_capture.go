package main

func f() *int {
	x := 1
	get := func() *int { return &x }
	return get()
}

func main() { _ = f() }
