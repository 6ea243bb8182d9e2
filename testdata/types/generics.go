package main

type Number interface {
	~int | ~int64 | ~float64
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type IntList = List[int]

type StrPair = Pair[string, []byte]

var ints List[int]

var pairs []Pair[string, int]

var cache map[string]Pair[int, bool]

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

var total = Sum([]float64{1, 2})

func main() {}
