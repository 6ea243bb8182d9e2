package main

// gc reads the bodies last declared first: the wrappers come in that
// order, each body's mentions last to first.

func A[T any](x T) T { return x }

func B[T any](x T) T { return x }

func f() {
	_ = A(1)
	_ = B("s")
}

func g() {
	_ = B(1.5)
	_ = A(true)
}

func main() {
	f()
	g()
}
