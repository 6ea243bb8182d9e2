// gc's deadlocals pass runs after inlining: an expanded call assigns each
// argument to its parameter, and when the body never reads the parameter
// an argument without effects (a func literal, a name, a constant, nil)
// is dropped with the assignment.  A func literal there gets no line and
// captures nothing; a composite literal has effects and stays.  (gc also
// drops what only a dropped assignment read, transitively: a parameter
// passed on to an unused one.  goesc looks one level deep.)
package main

type T struct{ a int }

func unnamed(func()) {}

func blank(_ func()) {}

func unused(f func()) {}

func unusedPtr(p *T) {}

func used(f func()) { f() }

var sink any

func main() {
	x := 1
	unnamed(func() { println(x) })
	blank(func() { println(x) })
	unused(func() { println(x) })
	y := 2
	unused(func() { y++ })
	sink = &y
	unusedPtr(&T{})
	unused(nil)
	used(func() { println(x) })
}
