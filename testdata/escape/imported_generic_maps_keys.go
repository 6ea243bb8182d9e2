package main

import (
	"maps"
	"slices"
)

var sink any

// slices.Collect(maps.Keys(m)): the iterator's func literal and the
// range-over-func loop of slices.AppendSeq, both instantiated here.
func main() {
	m := map[string]int{"a": 1}
	k := slices.Collect(maps.Keys(m))
	sink = k
}
