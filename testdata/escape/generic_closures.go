package main

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v: v, next: l.head}
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int { n++; return n }
}

func Apply[T any](x T, f func(*T)) { f(&x) }

var sink any

func main() {
	var l List[int]
	l.Push(1)
	l.Each(func(v int) { sink = v })
	ls := &List[string]{}
	ls.Push("a")
	_ = Map([]int{1, 2}, func(i int) string { return "" })
	c := Counter[int]()
	_ = c(1)
	Apply(3, func(p *int) { sink = p })
	Apply("s", func(p *string) {})
}
