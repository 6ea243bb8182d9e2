package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

var sink any

// break and continue of an outer range-over-func loop.
func outer() {
Outer:
	for x := range seq {
		for y := range seq {
			if x == y {
				continue Outer
			}
			if x > y {
				break Outer
			}
		}
	}
}

// The labeled loop's own body continues it directly.
func self(p *int) {
L:
	for x := range leakseq {
		if x > 0 {
			continue L
		}
		sink = p
		break L
	}
}

// With escaping iterators #next moves to the heap.
func outerleak() {
Outer:
	for x := range leakseq {
		for y := range leakseq {
			if x == y {
				break Outer
			}
		}
	}
}

func main() {}
