package main

func f(s []int) []int {
	return append(s, 4)
}

func main() { _ = f(nil) }
