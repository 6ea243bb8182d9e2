// want: inlining: cannot model a function goesc cannot cost yet

// In a shape instance, a method expression or method value of a generic
// type's method whose receiver type mentions the type parameters is a
// closure gc's reader makes over the method's sub-dictionary
// (gen[go.shape.int].func1, val[go.shape.int].func1), costed and expanded
// like a func literal: goesc has no literal for it and refuses -m.

package main

var sink any

type s[T any] struct{ a T }

func (x s[T]) get() T { return x.a }

//go:noinline
func apply[T any](f func(*s[T]) T, p *s[T]) T { return f(p) }

func gen[T any](v T) T {
	x := s[T]{a: v}
	return apply((*s[T]).get, &x)
}

func val[T any](v T) func() T {
	x := s[T]{a: v}
	return x.get
}

func main() {
	sink = gen(1)
	sink = val(2)
}
