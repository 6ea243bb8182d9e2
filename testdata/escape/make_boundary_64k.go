package main

func f() byte {
	s := make([]byte, 65536)
	return s[0]
}

func g() byte {
	s := make([]byte, 65537)
	return s[0]
}

func main() { _, _ = f(), g() }
