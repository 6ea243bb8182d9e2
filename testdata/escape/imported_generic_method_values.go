// Method values of atomic.Pointer[T]'s instances and of a plain method, in
// several functions: gc makes their -fm wrappers in the order its reader
// reads the bodies (the last function first), one per instance.
package main

import "sync/atomic"

type T struct{ n int }

type N struct{ x int }

func (n *N) Get() int { return n.x }

var sink any

func f1() {
	var p atomic.Pointer[string]
	sink = p.Load
}

func f0() {
	var n N
	sink = n.Get
}

func f2() {
	var p atomic.Pointer[T]
	sink = p.Load
}

func f3() {
	var p atomic.Pointer[int]
	sink = p.Store
	sink = p.Load
}

func main() { f1(); f2(); f3(); f0() }
