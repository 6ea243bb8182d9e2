package main

func f(n int) int {
	m := make(map[int]int, n)
	m[1] = 2
	return len(m)
}

func main() { _ = f(4) }
