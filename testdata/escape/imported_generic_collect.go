package main

// Iterators of slices and maps (Sorted, Keys, Values, All, ContainsFunc)
// and the functions that allocate: Delete, Repeat, Concat, Grow.

import (
	"maps"
	"slices"
	"sort"
)

var sink any

func keys(m map[int]string) []int {
	ks := slices.Sorted(maps.Keys(m))
	return ks
}

func vals(m map[int]*int) []*int {
	var out []*int
	for v := range maps.Values(m) {
		out = append(out, v)
	}
	return out
}

func main() {
	sink = keys(map[int]string{1: "a"})
	x := 1
	sink = vals(map[int]*int{1: &x})
	s := []int{1, 2, 3}
	sort.Ints(s)
	for i, v := range slices.All(s) {
		println(i, v)
	}
	s = slices.Delete(s, 0, 1)
	println(slices.ContainsFunc(s, func(v int) bool { return v > 1 }))
	sink = slices.Repeat(s, 2)
	sink = slices.Concat(s, s)
	sink = slices.Grow(s, 10)
}
