package main

var g []*int

func f() {
	x, y := 1, 2
	g = []*int{&x, &y}
}

func main() { f() }
