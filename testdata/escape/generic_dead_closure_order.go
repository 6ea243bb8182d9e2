package main

// A func literal given to a generic function that is inlined: every call
// of the literal is expanded, so gc compiles the closure late, with the
// shape instances.  gc lists each closure's lines next to the instances
// of the function it was given to, last function first.

import "fmt"

func Map0[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func run0() {
	lens := Map0([]string{"a", "bb"}, func(x string) int { return len(x) })
	fmt.Println(lens)
}

func Map1[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func run1() {
	lens := Map1([]string{"a", "bb"}, func(x string) int { return len(x) })
	fmt.Println(lens)
}

func main() {
	run0()
	run1()
}
