package main

import "unsafe"

type A struct{ x int }
type B struct{ y int }

func f(a *A) *B {
	return (*B)(unsafe.Pointer(a))
}

func main() { _ = f(&A{}) }
