package main

func f() int {
	s := []int{1, 2, 3}
	return s[0] + len(s)
}

func main() { _ = f() }
