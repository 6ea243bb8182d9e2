package main

// Imported generic functions under -m: gc inlines their shape instances
// (and the functions of their packages those call, slices.nextPowerOfTwo)
// as local ones.  Comparison funcs, iterators of maps and slices, the
// shapes of pointers, structs and interfaces (sync.OnceValues' error),
// a generic function of the program calling them with its own type
// parameters, math/rand/v2.N.

import (
	"cmp"
	"maps"
	"math/rand/v2"
	"slices"
	"sync"
)

type R struct {
	k string
	n int
}

type S struct{ p *int }

var sink any

func sorted(m map[string]int) []string { return slices.Sorted(maps.Keys(m)) }

func byN(rs []R) { slices.SortFunc(rs, func(a, b R) int { return cmp.Compare(a.n, b.n) }) }

func find(rs []R, k string) (int, bool) {
	return slices.BinarySearchFunc(rs, k, func(r R, k string) int { return cmp.Compare(r.k, k) })
}

func rev(s []int) []int {
	var out []int
	for _, v := range slices.Backward(s) {
		out = append(out, v)
	}
	return out
}

func has[T comparable](s []T, v T) bool { return slices.Contains(s, v) }

func maxOf[T cmp.Ordered](s []T) T { return slices.Max(s) }

var g = sync.OnceValues(func() (int, error) { return 1, nil })

func main() {
	sink = sorted(map[string]int{"a": 1})
	rs := []R{{"a", 1}}
	byN(rs)
	println(find(rs, "a"))
	sink = rev([]int{1, 2})
	println(g())
	m := maps.Collect(maps.All(map[int]int{1: 2}))
	s := slices.Compact([]int{1, 1, 2})
	s = slices.DeleteFunc(s, func(v int) bool { return v > 1 })
	println(slices.MaxFunc(s, func(a, b int) int { return a - b }))
	s = slices.Replace(s, 0, 1, 5, 6)
	m2 := map[int]int{}
	maps.Insert(m2, maps.All(m))
	println(maps.EqualFunc(m, m2, func(a, b int) bool { return a == b }))
	println(has([]string{"a"}, "a"), maxOf([]float64{1, 2}), rand.N(10))
	x := 1
	ss := []S{{&x}}
	sink = slices.IndexFunc(ss, func(s S) bool { return s.p != nil })
	sink = slices.Insert(ss, 0, S{nil})
	ps := map[string]*int{"x": &x}
	sink = slices.Collect(maps.Values(ps))
	sink = maps.Clone(ps)
}
