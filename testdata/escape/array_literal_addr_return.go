package main

func f() *[3]int {
	return &[3]int{1, 2, 3}
}

func main() { _ = f() }
