package main

// The dictionary of a generic type's methods is the type's, filled by
// its methods in declaration order (Early, declared before the type, comes
// first): the methods of type parameters of all methods first, shared
// between the methods that call the same one (B and E: .dict[0]), then
// every method's sub-dictionaries (C and D: one each), then the rest.
// `return f()` of several results converts each to its result.

import "fmt"

type Stringer interface{ String() string }

func Wrap[T any](v T) []T            { return []T{v} }
func Pair[T, U any](a T, b U) (T, U) { return a, b }
func Show[T Stringer](v T) string    { return v.String() }

func (b *Box[T]) Early(v T) []T { return Wrap(v) }

type Box[T Stringer] struct {
	v T
	n int
}

func (b Box[T]) Name() string { return b.v.String() }

func (b Box[T]) Twice() (T, int) { return Pair(b.v, b.n) }

func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) Pairs() (T, string) { return Pair(b.v, "x") }

type S int

func (s S) String() string { return fmt.Sprint(int(s)) }

type List[T any] struct{ xs []T }

func (l *List[T]) Push(v T)      { l.xs = append(l.xs, Wrap(v)...) }
func (l *List[T]) Len() int      { return len(l.xs) }
func (l *List[T]) First() (T, T) { return Pair(l.xs[0], l.xs[0]) }

func main() {
	b := &Box[S]{v: 1}
	_ = b.Early(2)
	_ = b.Name()
	_, _ = b.Twice()
	b.Set(3)
	_, _ = b.Pairs()
	var l List[int]
	l.Push(1)
	_ = l.Len()
	_, _ = l.First()
}

type Q[T Stringer] struct{ v T }

func (q Q[T]) A() (any, T)   { return Pair(q.v, q.v) }
func (q Q[T]) B() string     { return q.v.String() }
func (q Q[T]) C() []T        { return Wrap(q.v) }
func (q Q[T]) D() []T        { return Wrap(q.v) }
func (q Q[T]) E() string     { return q.v.String() + "!" }
func (q *Q[T]) F() (T, bool) { return Pair(q.v, true) }

func init() {
	q := Q[S]{1}
	_, _ = q.A()
	_ = q.B()
	_ = q.C()
	_ = q.D()
	_ = q.E()
	_, _ = q.F()
}
