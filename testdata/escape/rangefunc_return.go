package main

var keep func(int) bool

func leakseq(yield func(int) bool) { keep = yield }

// A return inside the body goes through gc's #next and #rv1 variables,
// captured by reference: gc reports "moved to heap: #rv1" at 10:14 and
// "moved to heap: #next" with no position at all.
func first() *int {
	for x := range leakseq {
		return &x
	}
	return nil
}

func main() {}
