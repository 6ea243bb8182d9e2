package main

// gc numbers the func literals of package-level initializers as init's,
// in source order, whether it lays the value out as data (f, w) or runs
// the initializer in init (y): init.func1, init.func2, init.func3.  -m=2
// names them in its capture lines.

var sink any

var f = func() {
	x := 1
	g := func() { x++ }
	g()
	sink = &x
}

var y = func() int {
	z := 2
	h := func() { z++ }
	h()
	return z
}()

var w = []func(){func() { a := 1; k := func() { a++ }; k() }}

func main() { f() }
