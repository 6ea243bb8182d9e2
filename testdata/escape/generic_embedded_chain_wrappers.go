package main

// Two levels of embedded generic types, D[T] > M[T] > *A[T], used only in
// a shape instance: the shaped type D[go.shape.int], which has no methods
// of its own, has the wrappers of the methods it promotes.


var sink any

type E struct{ k int }

func (e *E) bump() { e.k++ }

type A[T any] struct{ val T }

func (p A[T]) get() T { return p.val }

type M[T any] struct {
	*A[T]
}

type L[T any] struct {
	A[T]
	v T
}

func (l *L[T]) put(v T) { l.v = v }

type D[T any] struct {
	M[T]
	w int
}

func use[T any](v T) T {
	var d D[T]
	d.M.A = &A[T]{v}
	return d.get()
}

func main() {
	sink = use(3)
	var l L[int]
	l.put(1)
	sink = &l
}
