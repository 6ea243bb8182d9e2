package main

import "unsafe"

func f(p *int) unsafe.Pointer {
	return unsafe.Pointer(p)
}

func main() {
	x := 1
	_ = f(&x)
}
