package main

func f(a, b []int) []int {
	return append(a, b...)
}

func main() { _ = f(nil, []int{1}) }
