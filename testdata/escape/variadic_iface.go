package main

func count(xs ...interface{}) int { return len(xs) }

func f(a int, s string) int {
	return count(a, s, 3)
}

func main() { _ = f(1, "x") }
