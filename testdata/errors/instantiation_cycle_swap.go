// An instantiation gc cannot bring to an end: types2's check for
// cycles of type parameters instantiated with types built on them.
package main

func p[T, U any]() { p[U, T]() }
func q[T, U any]() { q[U, func(T)]() }
func main() { p[int, string](); q[int, int]() }
