package main

func f() int {
	s := make([]int, 0, 16)
	s = append(s, 1)
	return len(s)
}

func main() { _ = f() }
