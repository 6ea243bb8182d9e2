package main

type T struct{ p *int }

func f() T {
	x := 1
	return T{p: &x}
}

func main() { _ = f() }
