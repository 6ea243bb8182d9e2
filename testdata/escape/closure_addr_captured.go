package main

var g *int

func f() {
	x := 1
	h := func() { g = &x }
	h()
}

func main() { f() }
