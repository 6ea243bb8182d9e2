package main

type Box[T any] struct{ v T }

func (b *Box[T]) set(v T) { b.v = v }

func f() {
	var b Box[*int]
	x := 1
	b.set(&x)
}

func main() { f() }
