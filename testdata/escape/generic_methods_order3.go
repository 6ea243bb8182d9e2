package main

import "sort"

type Ordered interface{ ~int | ~string | ~float64 }

type orderedSlice[E Ordered] []E

func (s orderedSlice[E]) Len() int           { return len(s) }
func (s orderedSlice[E]) Less(i, j int) bool { return s[i] < s[j] }
func (s orderedSlice[E]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Pair[A, B any] struct {
	a A
	b B
}

func (p Pair[A, B]) First() any  { return []A{p.a} }
func (p Pair[A, B]) Second() any { return []B{p.b} }

func Sort[E Ordered](s []E) {
	sort.Sort(orderedSlice[E](s))
	var p Pair[E, string]
	_ = p
}

func main() {
	Sort([]int{3, 1})
	Sort([]string{"b"})
	var q Pair[bool, float64]
	_ = q
}
