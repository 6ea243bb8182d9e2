package main

var g *int

func f() {
	x := 2
	g = &x
}

func main() { f() }
