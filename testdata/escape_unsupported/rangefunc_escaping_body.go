// want: cannot analyze range over a function yet
package main

var keep func(int) bool

// The body closure escapes: gc reports "moved to heap: #state1" at the for
// keyword and "func literal escapes to heap" there.
func leakseq(yield func(int) bool) { keep = yield }

func loop() {
	for range leakseq {
	}
}

func main() {}
