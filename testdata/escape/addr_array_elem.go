package main

func f() *int {
	var a [4]int
	return &a[2]
}

func main() { _ = f() }
