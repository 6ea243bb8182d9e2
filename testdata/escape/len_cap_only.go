package main

func f(s []int, m map[int]int, c chan int) int {
	return len(s) + cap(s) + len(m) + len(c)
}

func main() { _ = f(nil, nil, nil) }
