// //go:uintptrescapes: a uintptr parameter may hold a pointer the callee
// keeps, so gc sends the pointer converted at a call, uintptr(p), to the
// heap, and a ...uintptr slice with it; the callee's summary says only
// "marking ... as escaping".
package main

import "unsafe"

//go:uintptrescapes
//go:noinline
func keep(p uintptr) {}

//go:uintptrescapes
//go:noinline
func keepAll(n int, ps ...uintptr) {}

//go:uintptrescapes
//go:noinline
func unnamed(uintptr, *int) {}

type T struct{}

//go:uintptrescapes
//go:noinline
func (T) M(a, b uintptr) {}

func plain(p uintptr) {}

func callers(q *int) {
	var a, b, c, d int
	keep(uintptr(unsafe.Pointer(&a)))
	keepAll(1, 2, uintptr(unsafe.Pointer(&b)))
	unnamed(uintptr(unsafe.Pointer(&c)), nil)
	T{}.M(0, uintptr(unsafe.Pointer(&d)))
	keep(uintptr(unsafe.Pointer(q)))
	var e int
	plain(uintptr(unsafe.Pointer(&e)))
	keep(uintptr(unsafe.Pointer(new(int))))
}

func main() {}
