package main

import "fmt"

type MyInt int

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Bytes[S ~string](s S) []byte { return []byte(s) }

func Str[S ~[]byte](b S) string { return string(b) }

func Print[T any](x T) { fmt.Println(x) }

type PS interface{ *int | *string }

func Deref[P PS](p P) P { return p }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) PushAll(xs ...T) {
	for _, x := range xs {
		s.Push(x)
	}
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type Big struct{ a [40]int }

func Capture[T any](x T) func() T {
	return func() T { return x }
}

func main() {
	_ = Sum([]int{1, 2})
	_ = Sum([]MyInt{1, 2})
	_ = Sum([]float64{1})
	_ = Keys(map[string]int{"a": 1})
	_ = Bytes("abc")
	_ = Str([]byte("x"))
	Print(1)
	Print("s")
	Print(MyInt(3))
	a := 1
	_ = Deref(&a)
	b := "s"
	_ = Deref(&b)
	var st Stack[int]
	st.Push(1)
	st.PushAll(2, 3)
	_, _ = st.Pop()
	ps := &Stack[*int]{}
	ps.Push(&a)
	_ = Capture(Big{})()
	_ = Capture(1)()
}
