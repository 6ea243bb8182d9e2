package main

// Wrappers of instances of generic types embedding instances of generic
// types: B[*int] promotes A[*int]'s get and set, and its shaped type
// B[go.shape.*uint8] has wrappers too, after those of A[go.shape.*uint8]
// (an embedded type's wrappers first).

var sink any

type A[T any] struct{ val T }

func (p *A[T]) set(v T) { p.val = v }
func (p A[T]) get() T   { return p.val }

type B[T any] struct {
	A[T]
	n int
}

func (b B[T]) size() int { return b.n }

type C struct {
	B[*int]
}

func use[T any](v T) T {
	var b B[T]
	b.set(v)
	return b.get()
}

func plain(v *int) *int {
	b := B[*int]{}
	b.set(v)
	h := B[*int].get
	return h(b)
}

func main() {
	n := 1
	sink = plain(&n)
	sink = use("s")
	sink = use(2)
	var c C
	c.set(&n)
	sink = c
}
