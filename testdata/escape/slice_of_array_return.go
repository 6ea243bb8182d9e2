package main

func f() []int {
	var a [10]int
	return a[2:5]
}

func main() { _ = f() }
