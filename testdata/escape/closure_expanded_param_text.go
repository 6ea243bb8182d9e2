package main

// Closures expanded inside an expanded function read its parameters:
// gc prints the argument ("p", go.shape.string("s")) where the closure
// converts the parameter.  A dictionary wrapper numbers the range bodies
// of the shape instance it expands from 1 (R[string].R[go.shape.string]-range1).

var sink any

func seq(yield func(int) bool) { yield(1) }

func R[T any](v T) {
	for range seq {
		sink = v
	}
}

func P(v string) {
	for range seq {
		sink = v
	}
}

func C[T any](v T) {
	f := func() { sink = v }
	f()
}

func D(v string) {
	func() { sink = v }()
}

func main() {
	R("s")
	P("p")
	C("c")
	D("d")
}
