package main

var g *int

func f(p *int) {
	g = p
}

func main() {
	x := 1
	f(&x)
}
