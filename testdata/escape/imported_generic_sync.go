package main

// sync.OnceValue in a package-level initializer (its instance reads the
// model's summary of (*sync.Once).Do), a stable sort of structs holding
// pointers, iter.Seq parameters, slices.Chunk, maps.Copy and DeleteFunc.

import (
	"cmp"
	"iter"
	"maps"
	"slices"
	"sync"
)

type Item struct {
	k string
	v *int
}

var sink any

func sortItems(items []Item) {
	slices.SortStableFunc(items, func(a, b Item) int { return cmp.Compare(a.k, b.k) })
}

func collect(seq iter.Seq[int]) []int {
	return slices.AppendSeq([]int(nil), seq)
}

func chunks(s []int) int {
	n := 0
	for c := range slices.Chunk(s, 2) {
		n += len(c)
	}
	return n
}

var once = sync.OnceValue(func() int { return 1 })

func main() {
	x := 1
	items := []Item{{"b", &x}, {"a", nil}}
	sortItems(items)
	sink = collect(slices.Values([]int{1, 2}))
	println(chunks([]int{1, 2, 3}))
	m := map[string]int{}
	maps.Copy(m, map[string]int{"a": 1})
	maps.DeleteFunc(m, func(k string, v int) bool { return v > 1 })
	println(once(), cmp.Or(0, 1), min(1, 2))
	println(slices.EqualFunc([]int{1}, []string{"a"}, func(a int, b string) bool { return false }))
}
