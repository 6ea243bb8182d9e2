package main

var g []*int

func f() {
	x := 1
	g = append(g, &x)
}

func main() { f() }
