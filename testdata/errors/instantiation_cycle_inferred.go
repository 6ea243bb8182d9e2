// An instantiation gc cannot bring to an end: types2's check for
// cycles of type parameters instantiated with types built on them.
package main

func g[T any](x T) { g(&x) }
func main() { g(1) }
