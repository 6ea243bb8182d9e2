// Closures of generic functions copied by inlining and kept (or called
// and kept): the copies of a shape instance's closure are declared with the
// function they are copied into (Call[go.shape.string].Make[...].func1).
package main

var sink any

func Make[T any](v T) func() *T {
	return func() *T {
		x := v
		return &x
	}
}

func Apply[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func Keep[T any](v T) {
	g := Make(v)
	sink = g
}

func Call[T any](v T) *T {
	return Make(v)()
}

func Visit[T any](xs []T) {
	Apply(xs, func(x T) { sink = &x })
}

func main() {
	Keep(1)
	sink = Call("a")
	Visit([]int{1})
	f := Make(2.5)
	sink = f
}
