// An instantiation gc cannot bring to an end: types2's check for
// cycles of type parameters instantiated with types built on them.
package main

func h[T any]() {
	type L struct{ t T }
	h[L]()
}
func main() { h[int]() }
