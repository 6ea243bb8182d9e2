package main

var sink any

func f(n int, p *int) *int {
	if n == 0 {
		return p
	}
	return G(n-1, p)
}

func G[T any](n int, x T) T {
	y := new(int)
	sink = f(n, y)
	return x
}

type W struct{ Inner[string] }

type Inner[T any] struct{ v T }

func (i *Inner[T]) Addr() *T { return &i.v }

func main() {
	z := 1
	_ = f(3, &z)
	_ = G(1, "s")
	w := &W{}
	sink = w.Addr()
}
