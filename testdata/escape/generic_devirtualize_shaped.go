package main

import "fmt"

type S struct{ p *int }

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return "" }

func Str[T any](x T) string {
	var s fmt.Stringer = Box[T]{x}
	return s.String()
}

func main() {
	var s fmt.Stringer = Box[S]{}
	_ = s.String()
	_ = Str(1)
}
