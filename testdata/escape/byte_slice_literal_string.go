package main

func f() []byte {
	return []byte("literal")
}

func main() { _ = f() }
