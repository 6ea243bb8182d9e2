package main

// x.(T) with T a type parameter: gc asserts against the type word of its
// dictionary (ODYNAMICDOTTYPE), 7 more than x, in the shape instance's
// cost; maps.Clone ends with one.

func A[T any](x any) T { return x.(T) }

func B[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func C[T interface{ M() }](x any) T { return x.(T) }

func D[M ~map[K]V, K comparable, V any](m any) M { return m.(M) }

func E[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

type I int

func (I) M() {}

func main() {
	println(A[int](1), D[map[int]int](nil) == nil, E[string](""))
	v, ok := B[*int](nil)
	println(v, ok)
	C[I](I(1)).M()
}
