package main

var g int

func f(p *int) {
	*p = g
}

func main() {
	x := 1
	f(&x)
}
