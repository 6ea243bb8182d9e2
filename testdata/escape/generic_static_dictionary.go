package main

// A generic call whose type arguments have no type parameter, inside a
// shape instance (Two(1) in t4[T]): its dictionary is a static one,
// &.dict.Two[int], which costs as from ordinary code (2, not the 4 of a
// sub-dictionary), and gc makes its dictionary wrapper Two[int] too
// (can inline Two[int]).  `x, _ := f()` declares x with f's result type,
// keyed by the instance (d2: []T).

var sink any

func Two[T any](v T) (T, error) { return v, nil }

func Box[T any](v T) ([]T, int) { return []T{v}, 1 }

func t2[T any](v T) (error, any) { return Two(error(nil)) }

func t3[T any](v T) error { x, _ := Two(error(nil)); return x }

func t4[T any](v T) int { x, _ := Two(1); return x }

func p3[T any](v T) error { x, _ := Two[error](nil); return x }

func p5[T any](v T) error { var e error; x, _ := Two(e); return x }

func d1[T any](v T) T { x, err := Two(v); sink = err; return x }

func d2[T any](v T) int { xs, n := Box(v); sink = xs; return n }

func d3[T any](v T) int { _, n := Box(v); return n }

func main() {
	_, _ = t2(1)
	_ = t3(1)
	_ = t4(1)
	_ = p3(1)
	_ = p5(1)
	_ = d1(1)
	_ = d2(1)
	_ = d3("s")
}
