package main

func f() int {
	x := 1
	g := func() { x++ }
	g()
	return x
}

func main() { _ = f() }
