package main

type Inner struct{ p *int }

func (i *Inner) set(q *int) { i.p = q }

type Outer struct{ Inner }

func f() {
	var o Outer
	x := 1
	o.set(&x)
}

func main() { f() }
