package main

func f() []int {
	var s []int
	s = append(s, 1)
	return s
}

func main() { _ = f() }
