package main

var g *int

func f() {
	h := func(p *int) { g = p }
	x := 1
	h(&x)
}

func main() { f() }
