package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return "" }

func (b *Box[T]) Keep() *Box[T] { return b }

type K interface{ Keep() *Box[int] }

var sink any

func main() {
	var s fmt.Stringer = Box[string]{"x"}
	_ = s.String()
	var k K = &Box[int]{}
	sink = k.Keep()
}
