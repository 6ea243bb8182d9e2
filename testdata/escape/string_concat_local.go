package main

func f(a, b string) int {
	s := a + b
	return len(s)
}

func main() { _ = f("a", "b") }
