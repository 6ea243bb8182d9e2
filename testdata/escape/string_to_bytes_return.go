package main

func f(s string) []byte {
	return []byte(s)
}

func main() { _ = f("x") }
