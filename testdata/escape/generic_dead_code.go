package main

func F[T any](x T) *T { return &x }

type B[T any] struct{ v T }

func (b B[T]) M() any { return []T{b.v} }

func main() {
	if false {
		_ = F(1)
		var b B[string]
		_ = b
	}
	const debug = false
	if debug {
		_ = F("s")
	}
}
