package main

// A type declared inside a function used as a type argument: gc's link
// strings (and so the shape and dictionary names) number the types
// declared in bodies across the package, in source order: main.Node·2.

type holder[T any] struct{ v T }

func keep[T any](x T) *holder[T] {
	return &holder[T]{x}
}

func build[T ~func() T]() T {
	var t T
	t = func() T { return t }
	return t
}

var sink interface{}

func other() {
	type unused struct{}
	_ = unused{}
}

func main() {
	type Node struct{ next *Node }
	type Fn func() Fn
	n := &Node{}
	sink = keep(n)
	_ = keep(Node{})
	_ = build[Fn]()
	other()
}
