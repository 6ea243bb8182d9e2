package main

// A generic function's body uses an instance of a generic type with
// methods: the wrapper's dictionary brings that type's wrappers and shape
// instances.

type Set[T comparable] struct{ m map[T]bool }

func (s *Set[T]) Add(x T) { s.m[x] = true }

func Of[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]bool{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func main() {
	_ = Of(1, 2)
}
