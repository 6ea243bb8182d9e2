package main

// Generic functions of slices, maps and cmp called with struct, string,
// pointer and float shapes: sorting with a comparison func, searching,
// compacting, cloning, inserting.

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

type P struct {
	name string
	age  int
}

var sink any

func byAge(ps []P) {
	slices.SortFunc(ps, func(a, b P) int { return cmp.Compare(a.age, b.age) })
}

func names(ps []*P) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.name)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func find(ps []P, n string) int {
	return slices.IndexFunc(ps, func(p P) bool { return p.name == n })
}

func clone(m map[string]int) map[string]int {
	return maps.Clone(m)
}

func search(xs []string, x string) bool {
	_, ok := slices.BinarySearch(xs, x)
	return ok
}

func main() {
	ps := []P{{"a", 1}, {"b", 2}}
	byAge(ps)
	println(find(ps, "a"))
	sink = names([]*P{&ps[0]})
	sink = clone(map[string]int{"x": 1})
	println(search([]string{"a"}, strings.ToUpper("a")))
	println(slices.Max([]int{1, 2}), slices.Min([]float64{1}))
	r := slices.Clone(ps)
	slices.Reverse(r)
	sink = slices.Insert(r, 0, P{"c", 3})
	println(slices.Equal([]int{1}, []int{1}))
}
