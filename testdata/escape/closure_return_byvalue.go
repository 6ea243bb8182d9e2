package main

func f(n int) func() int {
	return func() int { return n }
}

func main() { _ = f(1) }
