package main

func f(s string) byte {
	b := []byte(s)
	b[0] = 'x'
	return b[0]
}

func main() { _ = f("ab") }
