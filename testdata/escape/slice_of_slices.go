package main

func f() [][]int {
	return [][]int{{1}, {2, 3}}
}

func main() { _ = f() }
