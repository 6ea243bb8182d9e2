package main

func f(a, b int) int {
	return min(a, b) + max(a, b, 3)
}

func g(a, b string) string {
	return min(a, b)
}

func main() {
	_ = f(1, 2)
	_ = g("a", "b")
}
