package main

// Method expressions of a generic type's method that gc gives as methods
// it generates later, (*Box[int]).Get for a value Get and W.Get promoted
// into W: inlCallee finds no body (dynamic calls: b goes to the heap),
// but the function graph follows them to Box[int].Get.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type W struct{ Box[int] }

func main() {
	b := Box[int]{1}
	g := (*Box[int]).Get
	_ = g(&b)
	w := W{}
	h := W.Get
	_ = h(w)
}
