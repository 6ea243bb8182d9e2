package main

type Box[T any] struct{ v T }

func (b Box[T]) Any() any { return []T{b.v} }

func (b Box[T]) Any2() any { return []T{b.v} }

func main() {
	h()
	f()
	var b Box[bool]
	_ = b
}

func f() {
	var b Box[int]
	_ = b.v
}

var x Box[string]

func h() {
	var b Box[[]int]
	_ = b.v
}
