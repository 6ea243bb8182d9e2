package main

func f(s string) int {
	b := []byte(s)
	return len(b)
}

func main() { _ = f("x") }
