package main

// One generic function called once: gc inlines its shape instance
// F[go.shape.int] and makes the dictionary wrapper F[int].

var sink any

func Twice[T any](x T) []T { return []T{x, x} }

func main() {
	sink = Twice(1)
}
