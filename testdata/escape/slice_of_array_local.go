package main

func f() int {
	var a [10]int
	s := a[:]
	return len(s)
}

func main() { _ = f() }
