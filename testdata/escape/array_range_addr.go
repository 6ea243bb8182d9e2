package main

var g *int

func f() {
	var a [3]int
	for i := range a {
		g = &a[i]
	}
}

func main() { f() }
