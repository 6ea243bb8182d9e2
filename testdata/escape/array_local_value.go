package main

func f() int {
	a := [3]int{1, 2, 3}
	return a[1]
}

func main() { _ = f() }
