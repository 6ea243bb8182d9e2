package main

import "slices"

type T struct{ n int }

var sink any

// A pointer shape: the summary of slices.Index[go.shape.[]*main.T, ...]
// says its arguments do not escape, so x stays on the stack.
func find(ts []*T) int {
	x := T{1}
	return slices.Index(ts, &x)
}

// The result of slices.Clone escapes, and with it the copy it allocates.
func keep(s []*T) {
	sink = slices.Clone(s)
}

func main() {
	println(find(nil))
	keep(nil)
}
