package main

// A closure in an inlined body is copied into the caller; what it
// captures are the copies of the callee's variables.

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	c := counter()
	_ = c()
	a := adder(3)
	_ = a(4)
}
