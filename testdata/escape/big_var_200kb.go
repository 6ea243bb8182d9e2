package main

func f() byte {
	var mid [200000]byte
	return mid[3]
}

func main() { _ = f() }
