// A func literal in a loop body with a range-over-func loop of its own
// that returns: with inlining, the literal is copied where the body is
// expanded, and the copy calls its iterator.
package main

var keep func(int) bool
var sink any

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

func litinbody() {
	for x := range seq {
		f := func() int {
			for y := range leakseq {
				if y == x {
					return y
				}
			}
			return 0
		}
		sink = f
	}
}

func main() {}
