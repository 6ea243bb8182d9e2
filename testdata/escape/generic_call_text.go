package main

type Box[T any] struct{ v T }

func (b *Box[T]) Get() []T { return nil }

func (b Box[T]) Val() []T { return nil }

func Keep[T any](x T) []T { return nil }

func Two[K comparable, V any](k K, v V) []V { return nil }

func Outer[T any](x T) any { return x }

var global any

type S struct{ a, b int }

func main() {
	v := 7
	global = Keep(&v)
	global = Keep[int](1)
	global = Two("a", S{})
	b := &Box[string]{}
	global = b.Get()
	global = b.Val()
	global = Outer(1)
	global = Keep(S{})
}
