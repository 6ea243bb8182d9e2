package main

// In a shape instance, a method expression of a derived instance is a
// closure over the type's sub-dictionary, evaluated into a temporary
// where the expression is read: the closure calls the shaped method
// with its parameters ~pN and that temporary second.  A method value of
// an interface whose type has shapes converts the receiver to it:
// I[go.shape.int](i).put.

var sink any

type s[T any] struct{ a T }

func (x s[T]) g0()                     {}
func (x s[T]) set(v T, _ int)          { sink = v }
func (x *s[T]) pset(v T) T             { x.a = v; return v }
func (x s[T]) two(v T, w int) (T, int) { return v, w }

func gen[T any](v T) {
	x := s[T]{a: v}
	f := s[T].g0
	f(x)
	g := (*s[T]).set
	g(&x, v, 1)
	h := (*s[T]).pset
	_ = h(&x, v)
	k := s[T].set
	k(x, v, 2)
	var m func(*s[T], T) T
	m = (*s[T]).pset
	_ = m
}

type I[T any] interface{ put(T) }

type B[T any] struct {
	n int
	I[T]
}

type C[T any] struct{ *B[T] }

type impl[T any] struct{ v T }

func (x *impl[T]) put(v T) { x.v = v }

func direct[T any](i I[T], v T) {
	f := i.put
	f(v)
}

func viaPtr[T any](b *B[T], v T) {
	f := b.put
	f(v)
}

func twice[T any](i I[T], j I[T]) {
	f := i.put
	g := j.put
	sink = f
	sink = g
}

func deep[T any](c C[T]) {
	f := c.put
	sink = f
}

func main() {
	gen(1)
	gen("s")
	direct[int](&impl[int]{}, 1)
	viaPtr(&B[string]{}, "s")
	twice[int](nil, nil)
	deep(C[int]{})
}
