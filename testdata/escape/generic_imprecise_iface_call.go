package main

// A method call on a value of a type parameter whose shape is an
// interface (P instantiated with I): gc's reader calls the method through
// the dictionary, warns "imprecise interface call" once per such
// instance before anything else, and the arguments leak as in any call
// through a function value.

type I interface{ M(p *int) }

type myint int

func (myint) M(p *int) {}

func call[P I](x P, p *int) {
	x.M(p)
}

func main() {
	var v, w int
	call[I](myint(1), &v)
	call[myint](2, &w)
}
