package main

func sum(xs ...int) int { return len(xs) }

func f(s []int) int {
	return sum(s...)
}

func main() { _ = f(nil) }
