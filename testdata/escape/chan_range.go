package main

var g *int

func f(c chan *int) {
	for v := range c {
		g = v
	}
}

func main() { f(nil) }
