package main

func f() byte {
	p := new([70000]byte)
	return p[0]
}

func g() byte {
	q := new([60000]byte)
	return q[0]
}

func main() { _, _ = f(), g() }
