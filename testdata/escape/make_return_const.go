package main

func f() []byte {
	return make([]byte, 8)
}

func main() { _ = f() }
