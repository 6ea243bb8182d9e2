package main

type T struct{ a, b *int }

var sink any

func newT(p *int) *T { return &T{a: p} }

func id(x *int) *int { y := x; return y }

func mk() *int { x := 5; return &x }

func main() {
	n := 1
	t := newT(&n)
	_ = t
	u := newT(nil)
	sink = u
	for i := 0; i < 3; i++ {
		sink = id(mk())
	}
}
