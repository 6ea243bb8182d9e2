package main

func f() int {
	var s []int
	s = append(s, 1, 2)
	return len(s)
}

func main() { _ = f() }
