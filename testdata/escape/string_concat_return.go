package main

func f(a, b string) string {
	return a + b + "!"
}

func main() { _ = f("a", "b") }
