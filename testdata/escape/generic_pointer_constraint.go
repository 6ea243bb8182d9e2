package main

type Setter[T any] interface {
	*T
	Set(string)
}

type A struct{ s string }

func (a *A) Set(s string) { a.s = s }

type B struct{ p *string }

func (b *B) Set(s string) { b.p = &s }

func FromStrings[T any, PT Setter[T]](xs []string) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		p := PT(&out[i])
		p.Set(x)
	}
	return out
}

func New[T any, PT Setter[T]](s string) *T {
	var v T
	PT(&v).Set(s)
	return &v
}

func main() {
	_ = FromStrings[A]([]string{"a"})
	_ = FromStrings[B]([]string{"b"})
	_ = New[A]("x")
}
