// Closures of generic functions copied by inlining into other functions
// and shape instances: the copies are named after the shape instances on
// the way (main.Visit[go.shape.int].func1, Count[go.shape.int].Each[...]).
package main

var sink any

func Apply[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func Visit[T any](xs []T) {
	Apply(xs, func(x T) { sink = &x })
}

func Each[T any](xs []T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Count[T comparable](xs []T, v T) int {
	n := 0
	for x := range Each(xs) {
		if x == v {
			n++
		}
	}
	return n
}

func main() {
	Visit([]int{1})
	sink = Count([]string{"a"}, "a")
	sink = Count([]int{1}, 2)
}
