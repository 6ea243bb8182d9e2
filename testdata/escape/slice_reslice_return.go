package main

func f(s []int) []int {
	return s[1:3]
}

func main() { _ = f([]int{1, 2, 3, 4}) }
