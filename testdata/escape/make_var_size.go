package main

func f(n int) int {
	s := make([]int, n)
	return len(s)
}

func main() { _ = f(5) }
