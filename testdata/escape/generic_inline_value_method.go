package main

// A value method of a generic type: gc also makes the pointer wrappers
// (*Pair[int,string]).Key and (*Pair[go.shape.int,go.shape.string]).Key.

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Key() any { return p.k }

func main() {
	p := Pair[int, string]{1, "a"}
	_ = p.Key()
}
