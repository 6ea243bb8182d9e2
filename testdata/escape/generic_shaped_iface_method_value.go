package main

// A method value of an interface whose type has shapes in a shape
// instance (A[T] in test[T]): gc builds the closure as for any interface,
// on the receiver converted to its shaped type, A[go.shape.string](a).m;
// interfaces without shapes (I, B[string], A[int]) print as written.

type A[T any] interface{ m() }
type B[T any] interface{ n(T) }
type I interface{ m() }

type Z struct{ a, b int }

func (z *Z) m()       {}
func (z *Z) n(string) {}

func test[T any]() {
	var a A[T] = &Z{}
	f := a.m
	f()
	var i I = &Z{}
	g := i.m
	g()
	var b B[string] = &Z{}
	h := b.n
	h("")
	var c A[int] = &Z{}
	k := c.m
	k()
}

func plain() {
	var a A[int] = &Z{}
	f := a.m
	f()
}

func main() {
	test[string]()
	test[int]()
	plain()
}
