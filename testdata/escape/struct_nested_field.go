package main

type In struct{ p *int }
type Out struct{ in In }

func f(o *Out) *int {
	return o.in.p
}

func main() { _ = f(&Out{}) }
