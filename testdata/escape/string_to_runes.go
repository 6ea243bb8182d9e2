package main

func f(s string) int {
	r := []rune(s)
	return len(r)
}

func g(s string) []rune {
	return []rune(s)
}

func main() {
	_ = f("x")
	_ = g("y")
}
