package main

// `return f()` with f generic and several results, in shape instances:
// each result converted to an interface it is not costs an OCONVIFACE,
// as in plain code; a shape that is the interface itself
// (go.shape.interface {} to any) is no conversion.

func Pair[T, U any](a T, b U) (T, U) { return a, b }
func P2(a int, b int) (int, int)     { return a, b }

type Q[T any] struct{ v T }

func (q Q[T]) A() (any, T) { return Pair(q.v, q.v) }

func fA[T any](v T) (any, T) { return Pair(v, v) }

func gA(v int) (any, int) { return Pair(v, v) }

func hA(v int) (any, int) { return P2(v, v) }

func kA[T any](v T) (any, int) { return P2(1, 2) }

func main() {
	_, _ = Q[int]{}.A()
	_, _ = fA(1)
	_, _ = gA(1)
	_, _ = hA(1)
	_, _ = kA(1)
}

type E struct{}

func (E) Error() string { return "" }

func Two[T any](v T) (T, error) { return v, nil }

func t1[T any](v T) (any, error)         { return Two(v) }
func t3[T error](v T) (error, any)       { return Two(v) }
func t4[T any](v T) (any, any)           { return Two(v) }
func t5[T any](v T) (interface{}, error) { return Two[T](v) }

func init() {
	_, _ = t1(1)
	_, _ = t1[any](nil)
	_, _ = t3(E{})
	_, _ = t3[error](nil)
	_, _ = t4[any](1)
	_, _ = t4[error](nil)
	_, _ = t5[interface{}](nil)
}
