package main

var g [2]*int

func f() {
	x := 1
	g[0] = &x
}

func main() { f() }
