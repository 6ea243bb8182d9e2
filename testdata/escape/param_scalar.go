package main

func f(a int, b string, c float64) int {
	return a + len(b) + int(c)
}

func main() { _ = f(1, "x", 2) }
