package main

func seq(yield func(int) bool) { yield(1) }

func use(p *int) {}

type Big struct{ a [20]int }

func usebig(b Big) {}

// The deferred call's arguments go to the heap: the defer is attached
// to the enclosing function through #defers.
func deferptr() {
	for x := range seq {
		v := x
		defer use(&v)
	}
}

// A top-level defer of the same call keeps v on the stack.
func toplevel() {
	v := 1
	defer use(&v)
}

// Over 128 bytes, the argument temporary is captured by reference.
func deferbig(b Big) {
	for range seq {
		defer usebig(b)
	}
}

// A defer of a func() with the #next protocol in the same loop.
func withreturn(n int) {
	for x := range seq {
		defer func() { println(n) }()
		if x > n {
			return
		}
	}
}

func main() {}
