package main

const N = 100

func f() int {
	s := make([]int64, N)
	return len(s)
}

func main() { _ = f() }
