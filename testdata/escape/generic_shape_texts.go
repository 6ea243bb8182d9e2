package main

type Pair[T any] struct{ a, b T }

func Lit[T any](x T) []T { return []T{x, x} }

func Mk[T any](n int) []T { return make([]T, n) }

func Nw[T any]() *T { return new(T) }

func PL[T any](x T) *Pair[T] { return &Pair[T]{x, x} }

func Mp[T comparable](x T) map[T]int { return map[T]int{x: 1} }

func Cl[T any](x T) func() T { return func() T { return x } }

func Conv[T any](x T) any { return any(x) }

func Slc[T any](x T) any { return []T{x} }

type S struct{ p *int }

func main() {
	_ = Lit(1)
	_ = Lit(&S{})
	_ = Lit(S{})
	_ = Mk[int](3)
	_ = Mk[*S](3)
	_ = Nw[int]()
	_ = Nw[S]()
	_ = Nw[*S]()
	_ = PL(1)
	_ = PL(S{})
	_ = Mp(1)
	_ = Mp(&S{})
	_ = Cl(1)
	_ = Conv(1)
	_ = Conv(S{})
	_ = Slc(1)
}
