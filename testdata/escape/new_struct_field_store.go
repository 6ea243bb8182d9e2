package main

type T struct{ p *int }

var g T

func f() {
	g.p = new(int)
}

func main() { f() }
