package main

type Ordered interface {
	~int | ~string
}

type L[T Ordered] struct {
	next *L[T]
	val  T
}

func (l *L[T]) Largest() T {
	var max T
	for p := l; p != nil; p = p.next {
		if p.val > max {
			max = p.val
		}
	}
	return max
}

var sink any

func main() {
	i3 := &L[int]{nil, 1}
	if got := i3.Largest(); got != 1 {
		panic("x")
	}
	s3 := &L[string]{nil, "dd"}
	s2 := &L[string]{s3, "aa"}
	sink = s2.Largest()
}
