package main

var g *int

func f() {
	a, b := 1, 2
	p, q := &a, &b
	p, q = q, p
	g = p
	_ = q
}

func main() { f() }
