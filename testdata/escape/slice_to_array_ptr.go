package main

func f(s []int) *[2]int {
	return (*[2]int)(s)
}

func main() { _ = f(make([]int, 2)) }
