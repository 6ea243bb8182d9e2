package main

func f() [4]int {
	var a [4]int
	a[1] = 2
	return a
}

func main() { _ = f() }
