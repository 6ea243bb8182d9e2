// An instantiation gc cannot bring to an end: types2's check for
// cycles of type parameters instantiated with types built on them.
package main

type L[T any] struct{ next *L[T] }
type W[T any] struct{ w *W[[2]T] }
func main() { var x W[int]; _ = x }
