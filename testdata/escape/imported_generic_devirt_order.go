// A devirtualized call of atomic.Pointer[int].Load (its dictionary
// wrapper): gc inlines in the wrapper where its second bottom-up walk
// meets it, after the callees main calls before it.
package main

import "sync/atomic"

type Stack[T any] struct {
	items []T
	top   atomic.Pointer[T]
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
	s.top.Store(&v)
}

func (s *Stack[T]) Peek() *T { return s.top.Load() }

type Loader interface{ Load() *int }

var sink any

func main() {
	var s Stack[int]
	s.Push(1)
	println(*s.Peek())
	var p atomic.Pointer[int]
	var l Loader = &p
	println(*l.Load())
	ss := &Stack[string]{}
	ss.Push("a")
}
