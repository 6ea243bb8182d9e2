package main

// The dictionary wrapper expands the shape instance too: what moves to
// the heap there is reported at the generic function's position.

var sink any

func Keep[T any](x T) {
	sink = &x
}

func main() {
	Keep(1)
}
