package main

var g *int

func f(n int) {
	x := n
	switch n {
	case 1:
		g = &x
	default:
	}
}

func main() { f(1) }
