package main

func f() int {
	x := 1
	g := func() int { return x }
	return g()
}

func main() { _ = f() }
