package main

func f() int {
	h := func(a, b int) int { return a + b }
	return h(1, 2)
}

func main() { _ = f() }
