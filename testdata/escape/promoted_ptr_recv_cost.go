// Promoted pointer methods called through a pointer: gc takes &x.E
// (free at offset 0 behind a name) and costs it.
package main

type T struct{ v int }

type P struct{ x *T }

func (p *P) Load() *T { return p.x }

type Inner struct {
	P
}

type Outer struct {
	Inner
	n int
}

func e1(o *Outer) *T {
	return o.Load()
}

func e2(o *Inner) *T {
	return o.Load()
}

type L struct{ p P }

func e3(o *L) *T {
	return o.p.Load()
}

func main() {}
