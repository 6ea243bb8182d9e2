package main

type T struct {
	p *int
	n int
}

var g *int

func f(t T) {
	g = t.p
}

func h(t T) int {
	return t.n
}

func main() {
	f(T{})
	_ = h(T{})
}
