package main

type Box[T any] struct{ v T }

func (b *Box[T]) Get() *T { return &b.v }

func (b Box[T]) Any() any { return b.v }

func (b *Box[T]) Leak() { sink = b }

var sink any

func f() {
	var b Box[int]
	_ = b.v
}

func g() {
	b := &Box[string]{}
	b.Leak()
}

func main() {
	f()
	g()
}
