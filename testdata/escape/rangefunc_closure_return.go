package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

// A func literal with a loop of its own: its results are renamed.
func lit(p *int) func() *int {
	return func() *int {
		for range leakseq {
			return p
		}
		return nil
	}
}

// A func literal inside a loop body that returns: its return is its own.
func bodylit(p *int) *int {
	for x := range seq {
		f := func() int { return x }
		if f() > 0 {
			return p
		}
	}
	return nil
}

func main() {}
