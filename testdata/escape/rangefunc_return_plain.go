package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

// A plain return needs only #next.
func stop(p *int) {
	for x := range seq {
		if x == *p {
			return
		}
	}
}

// An escaping body moves #next to the heap, with no position.
func stopleak(n int) {
	for x := range leakseq {
		if x == n {
			return
		}
	}
	println(n)
}

func main() {}
