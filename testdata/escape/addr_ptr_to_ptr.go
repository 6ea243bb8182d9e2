package main

var g **int

func f() {
	x := 1
	p := &x
	g = &p
}

func main() { f() }
