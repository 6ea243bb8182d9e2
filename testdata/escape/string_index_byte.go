package main

func f(s string) byte {
	return s[0]
}

func g(s string) string {
	return s[:1]
}

func main() {
	_ = f("a")
	_ = g("b")
}
