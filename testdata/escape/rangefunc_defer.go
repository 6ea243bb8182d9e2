package main

func seq(yield func(int) bool) { yield(1) }

// A defer in the body is attached to the enclosing function through gc's
// #defers token.
func deferred() {
	for x := range seq {
		defer println(x)
	}
}

func main() {}
