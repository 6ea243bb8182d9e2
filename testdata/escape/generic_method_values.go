package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) String() string { return fmt.Sprint(b.v) }

type Wrap struct {
	Box[*int]
	n int
}

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "?"
}

func Zero[T any]() (z T) { return }

func Ptrs[T any](xs ...T) []*T {
	var out []*T
	for i := range xs {
		out = append(out, &xs[i])
	}
	return out
}

var sink any

func main() {
	b := Box[int]{1}
	f := b.Get
	_ = f()
	var s fmt.Stringer = Box[string]{"x"}
	sink = s
	x := 5
	w := Wrap{}
	w.Set(&x)
	_ = Kind(1)
	_ = Kind("a")
	_ = Zero[*int]()
	_ = Ptrs(1, 2, 3)
	g := (*Box[int]).Set
	g(&b, 2)
}
