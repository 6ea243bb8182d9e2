// Closures copied by inlining whose bodies make calls: gc never expands
// the calls of a copy, so the copy's own variables go where the callee's
// summary says.
package main

var sink any

func leaf(p *int) *int { return p }

func peek(p *int) int { return *p }

// mk's closure captures n and calls leaf: each inlined mk copies it.
func mk(n int) func() *int {
	return func() *int {
		x := n
		return leaf(&x)
	}
}

// free's closure captures nothing: a copy is a function of its own.
func free() func() int {
	return func() int {
		y := 1
		return peek(&y)
	}
}

func keep() {
	f := mk(1)
	sink = f
}

func call() *int {
	g := mk(2)
	return g()
}

func both() {
	h := free()
	sink = h
	v := free()()
	sink = v
}

func main() {}
