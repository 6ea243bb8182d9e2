package main

var g *int

func f(m map[string]*int) {
	for _, v := range m {
		g = v
	}
}

func main() { f(nil) }
