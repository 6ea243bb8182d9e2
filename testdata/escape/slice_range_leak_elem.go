package main

var g *int

func f(s []*int) {
	for _, v := range s {
		g = v
	}
}

func main() { f(nil) }
