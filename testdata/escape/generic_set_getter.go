package main

type Box[T any] struct{ v T }

type Set[K comparable] map[K]struct{}

func (s Set[K]) Add(k K) { s[k] = struct{}{} }

func (s Set[K]) Keys() []K {
	out := make([]K, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	return out
}

func Of[T any](xs ...T) []T { return xs }

func (b *Box[T]) Getter() func() T {
	return func() T { return b.v }
}

var sink any

func main() {
	a := &Box[int]{v: 1}
	sink = a
	s := Set[*int]{}
	x := 1
	s.Add(&x)
	_ = s.Keys()
	_ = Of(1, 2, 3)
	sink = Of("a")
	b := &Box[string]{}
	g := b.Getter()
	_ = g()
}
