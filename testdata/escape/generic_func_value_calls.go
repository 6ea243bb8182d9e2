package main

// Func values of a type parameter's type called in shape instances,
// through their core type, and range-over-func loops in shape instances:
// the loop body's closure writes nothing in the dictionary when its
// parameters are not derived.

var sink any

func G[T any, F ~func(T) T](f F, x T) T { return f(x) }

func H[F ~func(int) string](f F) string { return f(1) + f(2) }

func R[T any, S ~func(func(int) bool)](s S, v T) int {
	n := 0
	for x := range s {
		sink = v
		n += x
	}
	return n
}

func Q[T any](xs []T) int {
	n := 0
	for i := range func(yield func(int) bool) { yield(len(xs)) } {
		n += i
	}
	return n
}

func seq(yield func(int) bool) { yield(1) }

func main() {
	_ = G(func(x int) int { return x }, 1)
	_ = H(func(int) string { return "" })
	_ = R(seq, "s")
	_ = Q([]int{1})
}
