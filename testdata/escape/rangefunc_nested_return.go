package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

// A return from an inner loop stops the outer one through #next.
func inner(p *int) *int {
	for x := range seq {
		for y := range seq {
			if x == y {
				return p
			}
		}
	}
	return nil
}

// Only the inner iterator leaks.
func innerleak() *int {
	for x := range seq {
		for y := range leakseq {
			if x == y {
				z := x
				return &z
			}
		}
	}
	return nil
}

// A plain loop between the two range-over-func loops.
func mixed(xs []int) {
	for x := range seq {
		for _, v := range xs {
			for y := range seq {
				if v == y+x {
					return
				}
			}
		}
	}
}

func main() {}
