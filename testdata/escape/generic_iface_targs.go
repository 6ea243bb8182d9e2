package main

import "fmt"

type Str interface{ String() string }

type I int

func (i I) String() string { return "" }

type P struct{ s string }

func (p *P) String() string { return p.s }

func Call[T Str](x T) string { return x.String() }

func ToAny[T any](x T) any { return x }

func Keep[T any](x T) []T { return []T{x} }

func Outer[T any](x T) *T { return Inner(x) }

func Inner[U any](y U) *U { return &y }

func Rec[T any](n int, x T) T {
	if n == 0 {
		return x
	}
	return Rec(n-1, x)
}

func Eq[T comparable](a, b T) bool { return a == b }

func Ptr[T comparable](p T) any { return p }

var global any

func main() {
	_ = Call(I(1))
	_ = Call(&P{})
	var e error = fmt.Errorf("x")
	_ = ToAny(e)
	_ = ToAny[fmt.Stringer](I(3))
	_ = ToAny(I(2))
	v := 7
	global = Keep(&v)
	_ = Outer(1)
	_ = Outer("s")
	_ = Inner(2)
	w := 3
	_ = Rec(3, &w)
	a, b := 1, 2
	_ = Eq(&a, &b)
	c := "x"
	_ = Ptr(&c)
	d := 4.0
	_ = Ptr(&d)
}
