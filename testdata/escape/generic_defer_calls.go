package main

// go and defer of generic calls in a plain function: F[int]() has an
// argument, its shape instance's dictionary, so gc wraps it as any call
// with arguments (main.deferwrap1, which expands Use0[go.shape.int]).
// A generic type's method costs as its shape instance expanded (8, not
// a call gc cannot inline), and a variadic generic call packs its values
// (one more, nil, when there are none).

var sink any

func Use0[T any]() { sink = new(T) }

func Use1[T any](x T) { sink = x }

type S[T any] struct{ v T }

func (s *S[T]) M(x T) { s.v = x }

func V[T any](xs ...T) { sink = len(xs) }

func main() {
	defer Use0[int]()
	go Use0[string]()
	s := &S[int]{}
	defer s.M(1)
	defer V(1, 2)
	defer V[int]()
	defer Use1(2)
}

