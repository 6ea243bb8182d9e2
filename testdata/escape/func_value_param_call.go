package main

func call(h func(*int)) {
	x := 1
	h(&x)
}

func main() { call(func(*int) {}) }
