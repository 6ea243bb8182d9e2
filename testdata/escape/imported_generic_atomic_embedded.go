package main

import "sync/atomic"

// atomic.Pointer[T] embedded (its methods promoted), in arrays and maps,
// captured by a closure, with a type declared in a function, inside a
// local generic type whose own methods allocate, and called through an
// interface that gc devirtualizes.

type Box[E any] struct{ v E }

type Inner struct {
	atomic.Pointer[Box[int]]
}

type Outer struct {
	Inner
	n int
}

var sink any

func embedded(o *Outer) *Box[int] {
	o.Store(&Box[int]{1})
	return o.Load()
}

func closure() func() *string {
	var p atomic.Pointer[string]
	s := "hi"
	p.Store(&s)
	return func() *string { return p.Load() }
}

func localType() {
	type L struct{ a *int }
	var p atomic.Pointer[L]
	p.Store(&L{})
	sink = p.Load()
}

func arr() {
	var ps [3]atomic.Pointer[[4]byte]
	b := [4]byte{}
	ps[1].Store(&b)
	m := map[string]*atomic.Pointer[float64]{}
	m["x"] = new(atomic.Pointer[float64])
	f := 1.5
	m["x"].Store(&f)
}

type Stack[T any] struct {
	items []T
	top   atomic.Pointer[T]
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
	s.top.Store(&v)
}

func (s *Stack[T]) Peek() *T { return s.top.Load() }

func (s *Stack[T]) Copy() []T { return append([]T(nil), s.items...) }

type Loader interface{ Load() *int }

func viaIface(l Loader) int { return *l.Load() }

func main() {
	o := &Outer{}
	embedded(o)
	println(*closure()())
	localType()
	arr()
	var s Stack[int]
	s.Push(1)
	println(*s.Peek())
	var p atomic.Pointer[int]
	x := 2
	p.Store(&x)
	println(viaIface(&p))
	var l Loader = &p
	println(*l.Load())
	ss := &Stack[string]{}
	ss.Push("a")
	sink = ss.Copy()
	f := p.Load
	sink = f
}
