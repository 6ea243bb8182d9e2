package main

func f(n int) int {
	s := make([]struct{}, n)
	return len(s)
}

func main() { _ = f(3) }
