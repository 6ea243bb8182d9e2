package main

// A type switch with a variable in a generic function analyzed for
// several shapes: each instance gives the clause variables locations of
// its own (they were the first instance's, and the second one found none).

var sink interface{}

type pair[T any] struct{ a, b T }

func classify[T any](i interface{}) {
	switch x := i.(type) {
	case T:
		sink = x
	case *int:
		sink = x
	case pair[T]:
		sink = x.a
	default:
		_ = x
	}
}

func keep[T any](i interface{}) *T {
	switch x := i.(type) {
	case *T:
		return x
	}
	return nil
}

//go:noinline
func use(p *int) {}

func main() {
	classify[float64](1.5)
	classify[string]("s")
	classify[*int](new(int))
	n := 1
	_ = keep[int](&n)
	_ = keep[string](nil)
	use(&n)
}
