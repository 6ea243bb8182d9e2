package main

func r5(a []int) int {
	var i, v int
	for i, v = range a {
	}
	return i + v
}

func main() {}
