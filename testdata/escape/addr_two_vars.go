package main

var g *int

func f(c bool) *int {
	a, b := 1, 2
	if c {
		return &a
	}
	g = &b
	return nil
}

func main() { _ = f(true) }
