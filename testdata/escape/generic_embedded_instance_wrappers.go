package main

// A declared type embedding an instance of a generic type: gc makes the
// pointer wrappers of Box[*int] with Wrap's ((*Box[*int]).Get among
// Wrap's), and not a second time with the instances it read.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

type Wrap struct {
	Box[*int]
	n int
}

func main() {
	x := 5
	w := Wrap{}
	w.Set(&x)
}
