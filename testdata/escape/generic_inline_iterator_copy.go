package main

// A generic iterator expanded in its caller: the closure it returns is
// copied into chunks (chunks.Chunk[go.shape.[]int,go.shape.int].func1),
// a function of chunks, not of the DUPOK shape instance, so gc reports
// its parameter (yield does not escape).  slices.Chunk is this one.

import "iter"

func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}

	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
			end := min(n, len(s[i:]))
			if !yield(s[i : i+end : i+end]) {
				return
			}
		}
	}
}

func chunks(s []int) int {
	n := 0
	for c := range Chunk(s, 2) {
		n += len(c)
	}
	return n
}

func main() {
	println(chunks([]int{1, 2, 3}))
}
