package main

// A generic function calling another: the inner call passes a
// sub-dictionary (cost 4) and makes no wrapper for Inner[int].

func Inner[T any](x T) *T { return &x }

func Outer[T any](x T) *T { return Inner(x) }

func main() {
	_ = Outer(1)
}
