package main

// A generic function used as a value is its dictionary wrapper: a call
// through the variable expands the wrapper, then the shape instance in it.

var sink any

func Box[T any](x T) *T { return &x }

func main() {
	f := Box[int]
	sink = f(1)
}
