package main

var g func()

func f() {
	x := 1
	g = func() { x++ }
}

func main() { f() }
