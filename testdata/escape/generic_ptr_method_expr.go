package main

// A method expression through a pointer, (*s[T]).m with m on s[T], in a
// shape instance: gc calls the pointer wrapper it compiled for the shape,
// which passes *p to m, so the pointer argument leaks what m's receiver
// leaks one dereference further (x, y, z stay on the stack).  Outside
// generic code gc gives the pointer m's own summary.

var sink any

type s[T any] struct{ a T }

func (x s[T]) g0()    {}
func (x s[T]) keep()  { sink = x.a }
func (x s[T]) get() T { return x.a }

func gen[T any](v T) {
	x := s[T]{a: v}
	f0p := (*s[T]).g0
	f0p(&x)
	y := s[T]{a: v}
	kp := (*s[T]).keep
	kp(&y)
}

func result[T any](v T) T {
	z := s[T]{a: v}
	gp := (*s[T]).get
	return gp(&z)
}

//go:noinline
func plain() {
	w := s[int]{a: 1}
	f := (*s[int]).g0
	f(&w)
}

func main() {
	gen[int](1)
	n := 1
	gen[*int](&n)
	m := 2
	sink = result[*int](&m)
	plain()
}
