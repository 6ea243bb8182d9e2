package main

// An interface call devirtualized to a method of an instance of a generic
// type calls its dictionary wrapper, expanded with the shape instance in it.

var sink any

type Getter interface{ Get() int }

type Cell[T any] struct{ v T }

func (c *Cell[T]) Get() int { sink = c; return 1 }

func main() {
	var g Getter = &Cell[string]{}
	_ = g.Get()
}
