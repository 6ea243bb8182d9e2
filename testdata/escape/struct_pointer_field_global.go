package main

type T struct{ p *int }

var g T

func f() {
	x := 1
	g = T{p: &x}
}

func main() { f() }
