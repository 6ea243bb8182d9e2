package main

var g []*int

func keep(ps ...*int) {
	g = ps
}

func main() {
	x := 1
	keep(&x)
}
