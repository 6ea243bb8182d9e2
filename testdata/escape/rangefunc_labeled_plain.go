package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

// break of a plain loop from a range-over-func body.
func plainbreak(xs []int) {
Loop:
	for _, v := range xs {
		for x := range leakseq {
			if x == v {
				break Loop
			}
		}
	}
}

// continue of a switch's enclosing loop and break of a labeled switch.
func sw(n int) {
	for i := 0; i < n; i++ {
	S:
		switch i {
		case 1:
			for x := range seq {
				if x > i {
					break S
				}
			}
		}
	}
}

// A plain loop inside the body keeps its own break and continue.
func inside(xs []*int) {
	for x := range seq {
	L:
		for _, p := range xs {
			if *p == x {
				break L
			}
			continue L
		}
	}
}

func main() {}
