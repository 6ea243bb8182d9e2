package main

// A pointer method of a generic type: the call expands the method's shape
// instance; every method of the instantiated type gets its shape
// instance and wrapper, called or not.

type List[T any] struct{ items []*T }

func (l *List[T]) Add(x *T) { l.items = append(l.items, x) }

func (l *List[T]) Len() int { return len(l.items) }

func main() {
	var l List[int]
	x := 1
	l.Add(&x)
}
