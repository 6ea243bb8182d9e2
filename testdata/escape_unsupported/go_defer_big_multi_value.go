// want: cannot analyze go/defer with a multi-value argument over 128 bytes yet
package main

type Big struct {
	a [20]int
	p *int
}

func gbig() (Big, *int) { return Big{}, nil }
func take(b Big, p *int) {}

// gc captures the Big result by reference through a temporary of the
// wrapper and reports "moved to heap: .autotmp_N" at a stale position (here
// the function's name).
func run() {
	go take(gbig())
}

func main() {}
