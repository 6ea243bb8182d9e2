package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

type T struct{ a, b *int }

// A return with a value assigns the unnamed result, renamed #rv1.
func find(p *int) *int {
	for x := range seq {
		if x > 0 {
			return p
		}
	}
	return nil
}

// The same with an escaping body: #rv1 and #next move to the heap.
func findleak(p *int) *int {
	for x := range leakseq {
		if x > 0 {
			return p
		}
	}
	return nil
}

// A composite literal returned from the body.
func build() *T {
	for x := range seq {
		y := x
		return &T{a: &y}
	}
	return nil
}

func main() {}
