package main

func f() int {
	s := make([]int, 10)
	return len(s)
}

func main() { _ = f() }
