package main

func caller() {
	x := 1
	callee(&x)
	y := 2
	leaker(&y)
}

func callee(p *int) int { return *p }

var g *int

func leaker(p *int) { g = p }

func main() { caller() }
