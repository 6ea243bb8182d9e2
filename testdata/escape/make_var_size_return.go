package main

func f(n int) []int {
	return make([]int, n)
}

func main() { _ = f(5) }
