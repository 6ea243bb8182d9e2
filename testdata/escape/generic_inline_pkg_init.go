package main

// Generic functions in package-level initializers: a value (laid out as
// data) and a call in the init function's closure.

func Ref[T any](x T) *T { return &x }

var f = Ref[int]

var g = func() any { return Ref("s") }

func main() {
	_ = f(1)
	_ = g()
}
