// Range-over-func loops that return from generic functions (one rewrite,
// shared by the shape instances).
package main

var sink any

func seq(yield func(int) bool) { yield(1) }

func Each[T any](xs []T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func First[T any](xs []T) (T, bool) {
	for x := range Each(xs) {
		return x, true
	}
	var zero T
	return zero, false
}

func Find[T comparable](xs []T, v T) *T {
	for x := range Each(xs) {
		if x == v {
			return &x
		}
	}
	return nil
}

func main() {
	First([]int{1})
	Find([]*int{nil}, nil)
	sink = Find([]string{"a"}, "a")
}
