package main

var g []int

func f(n int) {
	g = append(g, n)
}

func main() { f(1) }
