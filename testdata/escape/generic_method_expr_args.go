package main

// Method expressions of a generic type in shape instances, with arguments
// and results: gc makes each one a closure over the method's
// sub-dictionary (gen[go.shape.int].func1), costs it, and expands calls
// through the local holding it, then the method inside at the method
// expression's position.  The closure passes its parameters on, the
// first one dereferenced for (*T[P]).M of a value method M.

var sink any

type pair[T any] struct{ a, b T }

func (x pair[T]) pick(p *int) *int { return p }
func (x *pair[T]) first() *T       { return &x.a }
func (x pair[T]) none()            {}

// The pointer argument reaches the result: n moves to the heap where the
// result goes, x stays.
func withArgs[T any](v T) *int {
	x := pair[T]{a: v, b: v}
	n := 3
	f := (*pair[T]).pick
	return f(&x, &n)
}

// A pointer method through its exact method expression: the result
// points into y.
func addrOf[T any](v T) {
	y := pair[T]{a: v}
	f := (*pair[T]).first
	sink = f(&y)
}

// A value method through its exact method expression: z is copied.
func exact[T any](v T) {
	z := pair[T]{b: v}
	f := pair[T].none
	f(z)
}

func main() {
	sink = withArgs[int](1)
	addrOf[string]("a")
	exact[float64](2)
	k := 4
	sink = withArgs[*int](&k)
}
