package main

var g *int

func f() {
	x := 5
	p := &x
	q := p
	g = q
}

func main() { f() }
