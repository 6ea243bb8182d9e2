package main

func f() func() int {
	x := 1
	x = 2
	return func() int { return x }
}

func main() { _ = f() }
