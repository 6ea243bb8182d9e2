package main

// A method value of a generic type's method outside generic code, b.Get:
// gc reads the dictionary of Box[int] there (its shaped type's methods
// and wrappers come before those of Box[string], met later), the
// dictionary wrapper Box[int].Get is referenced (decided before main),
// and f() is a dynamic call.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) String() string { return "" }

type Stringer interface{ String() string }

var sink any

func main() {
	b := Box[int]{1}
	f := b.Get
	_ = f()
	var s Stringer = Box[string]{"x"}
	sink = s
}
