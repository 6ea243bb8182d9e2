// Generics: type parameter lists, constraints with unions and ~, generic
// types and methods, explicit and inferred instantiation, generic aliases,
// self-referential constraints.
package main

import (
	"cmp"
	"fmt"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Stringish interface {
	~string
	Len() int
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, e := range s {
		out = append(out, f(e))
	}
	return out
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[_]) Len() int { return l.size }

func (l *List[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

type Tree[T interface{ Less(T) bool }] struct {
	root *T
}

type Set[T comparable] = map[T]struct{}

type PairList[K comparable, V any] = []Pair[K, V]

type Vec[T any] []T

type Ptr[T any] interface{ *T }

// Go 1.26: a type parameter's constraint may mention the generic type itself.
type Adder[A Adder[A]] interface {
	Add(A) A
}

type Int int

func (a Int) Add(b Int) Int { return a + b }

func Total[A Adder[A]](xs ...A) A {
	var t A
	for _, x := range xs {
		t = t.Add(x)
	}
	return t
}

func Zero[T any]() (z T) { return }

func New[T any, P Ptr[T]]() P { return P(new(T)) }

type MyInt int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[float64](1.5, 2), Sum[MyInt](4, 5))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Max("a", "b"), Max[int](3, 2))
	p := Pair[string, int]{"k", 1}
	var l List[string]
	l.Push("x")
	l.Push("y")
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	s := Set[int]{1: {}}
	pl := PairList[string, int]{p, {Key: "z", Val: 26}}
	v := Vec[Vec[int]]{{1}, {2, 3}}
	var t Tree[Int2]
	fmt.Println(l.Len(), len(s), len(pl), v, Zero[*int]() == nil, *New[int]() == 0, t.root,
		Total[Int](1, 2, 3))
	f := Map[[]int, int, int]
	_ = f
}

type Int2 int

func (a Int2) Less(b Int2) bool { return a < b }
