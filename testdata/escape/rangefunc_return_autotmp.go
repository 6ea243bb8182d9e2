package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

var sink any

// #next is declared before #state1: it counts in the .autotmp numbering.
func numbered() *int {
	for x := range leakseq {
		p := new(x)
		sink = p
		if x > 0 {
			return p
		}
	}
	return nil
}

// Two loops in a row: each has its own #next.
func tworows(n int) {
	for x := range leakseq {
		if x == n {
			return
		}
	}
	for x := range leakseq {
		p := new(x + n)
		sink = p
		if x == n {
			return
		}
	}
}

func main() {}
