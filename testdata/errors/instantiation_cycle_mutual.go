// An instantiation gc cannot bring to an end: types2's check for
// cycles of type parameters instantiated with types built on them.
package main

func a[T any]() { b[[]T]() }
func b[U any]() { a[map[int]U]() }
func main() { a[int]() }
