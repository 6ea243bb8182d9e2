package main

var g *int

func f(pp **int) {
	g = *pp
}

func main() {
	x := 1
	p := &x
	f(&p)
}
