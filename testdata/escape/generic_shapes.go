package main

import "fmt"

func Box[T any](x T) *T { return &x }

func Any[T any](x T) any { return x }

func Store[T any](x T) { sink = x }

var sink any

type S struct{ a, b int }

func Id[T any](x T) T { return x }

func main() {
	p := Box(1)
	q := Box("a")
	r := Box(&S{})
	s := Box(new(int))
	_, _, _, _ = p, q, r, s
	_ = Any(1)
	_ = Any(S{})
	_ = Any[any](2)
	Store(3)
	Store(&S{})
	y := 5
	Store(&y)
	z := 7
	_ = Id(&z)
	fmt.Println()
}
