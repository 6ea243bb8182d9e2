package main

import "slices"

// slices.Sort: pdqsortOrdered and its helpers are compiled for
// go.shape.int inside this package; their swaps are self-assignments.
func sortInts(s []int) int {
	slices.Sort(s)
	return s[0]
}

func main() {
	println(sortInts([]int{3, 1, 2}))
}
