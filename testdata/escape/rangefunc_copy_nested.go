// Range-over-func loops nested in a loop body that inlining copies: the
// inner body is copied with the outer one and named after the expansions
// (g.g.each.func1.g-range1-range3), numbered after the function's own.
package main

var sink any

func seq(yield func(int) bool) { yield(1) }

func f() {
	s := 0
	for x := range seq {
		for y := range seq {
			s += x + y
		}
	}
	sink = s
}

func each(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func g() {
	s := 0
	for x := range each(2) {
		for y := range seq {
			s += x + y
		}
	}
	sink = s
}

func h() {
	s := 0
	for x := range seq {
		for y := range each(x) {
			s += x + y
		}
	}
	sink = s
}

func main() {}
