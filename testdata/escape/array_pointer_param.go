package main

func f(a *[4]int) int {
	return a[0]
}

func main() {
	var a [4]int
	_ = f(&a)
}
