package main

// A method expression whose method is promoted from an embedded generic
// type, B[string].set with set on *A[T]: gc's wrapper calls x.A.set, the
// instance of set for A's type arguments.  And in a shape instance, a
// method value of an interface embedded with shapes is reported on the
// embedded field converted to its shaped type: I[go.shape.string](b.I).put.

var sink any

type A[T any] struct{ val T }

func (p *A[T]) set(v T) { p.val = v }

type I[T any] interface{ put(T) }

type B[T any] struct {
	n int
	*A[T]
	I[T]
}

type impl[T any] struct{ v T }

func (x *impl[T]) put(v T) { x.v = v }

func viaExpr(v *int) {
	b := B[*int]{A: &A[*int]{}}
	set := B[*int].set
	set(b, v)
}

func viaValue[T any](v T) {
	var b B[T]
	b.I = &impl[T]{}
	put := b.put
	put(v)
}

func main() {
	n := 1
	viaExpr(&n)
	viaValue("s")
}
