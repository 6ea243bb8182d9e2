package main

import "unsafe"

// unsafe.Sizeof, Alignof and Offsetof of a value whose type mentions a
// type parameter are not constants in the generic function, but each
// shape instance sees the constant of its shape's layout; the operand is
// not evaluated (x below does not move to the heap).

var sink interface{}

type pair[T any] struct {
	a T
	b int
}

func size[T any](x T) uintptr {
	return unsafe.Sizeof(x)
}

func boxed[T any](x T) {
	sink = unsafe.Sizeof(x)
	n := unsafe.Alignof(x)
	sink = n
}

func offset[T any](p *pair[T]) {
	sink = unsafe.Offsetof(p.b)
}

func unevaluated[T any](x T) uintptr {
	return unsafe.Sizeof(&x)
}

func main() {
	_ = size(1)
	_ = size("a")
	boxed(int8(1))
	boxed([3]string{})
	offset(&pair[int16]{})
	offset(&pair[interface{}]{})
	var p pair[int8]
	sink = unsafe.Offsetof(p.b)
	_ = unevaluated(2)
}
