package main

func f() func() byte {
	var a [200]byte
	return func() byte { return a[0] }
}

func main() { _ = f() }
