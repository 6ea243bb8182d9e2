package main

import "slices"

var sink any

// slices.Index and slices.Contains: their instances allocate nothing, so
// gc prints only the caller's lines, with the instance in the call text.
func main() {
	s := []int{3, 1, 2}
	i := slices.Index(s, 2)
	p := &i
	sink = slices.Contains([]*int{p}, nil)
}
