// Calls expanded inside closures copy the callee's literals into the
// closure: gc names the copies after the closure (f.func1.mk.2), and a
// range-over-func body's after the function holding the loop.
package main

var sink any

func mk(n int) func() *int {
	return func() *int {
		x := n
		return &x
	}
}

func each(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func inclosure() {
	f := func() {
		g := mk(1)
		sink = g
		sink = mk(2)()
	}
	f()
	h := func() { sink = mk(3) }
	sink = h
}

func inrange() {
	for i := range each(3) {
		sink = mk(i)
	}
	s := 0
	for j := range each(2) {
		for k := range each(j) {
			s += k
		}
	}
	sink = s
}

var glob = func() int {
	s := 0
	for x := range each(3) {
		s += *mk(x)()
	}
	return s
}

func main() {}
