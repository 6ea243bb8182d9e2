package main

func seq(yield func(int) bool) { yield(1) }

// A labeled continue of an outer loop goes through gc's #next protocol.
func labeled() {
Outer:
	for i := 0; i < 2; i++ {
		for x := range seq {
			if x > i {
				continue Outer
			}
		}
	}
}

func main() {}
