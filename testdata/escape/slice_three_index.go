package main

func f(s []int) []int {
	return s[0:1:2]
}

func main() { _ = f(make([]int, 4)) }
