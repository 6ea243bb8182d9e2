package main

func recur(n int) int {
	if n == 0 {
		return 0
	}
	return recur(n - 1)
}

func main() {}
