package main

var g *int

func f(ps ...*int) {
	g = ps[0]
}

func main() {
	x := 1
	f(&x)
}
