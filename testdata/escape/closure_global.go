package main

var g func() int

func f() {
	x := 1
	g = func() int { return x }
}

func main() { f() }
