package main

func f() byte {
	var big [11 << 20]byte
	return big[3]
}

func main() { _ = f() }
