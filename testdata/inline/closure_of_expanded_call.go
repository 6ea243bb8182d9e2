package main

// mk() is expanded and yields a func literal that the outer call expands
// too: mk's body still runs in main, where x moves to the heap.

var sink any

func mk() func() int {
	x := 1
	sink = &x
	return func() int { return 1 }
}

func main() {
	_ = mk()()
}
