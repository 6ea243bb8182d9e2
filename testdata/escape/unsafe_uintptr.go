package main

import "unsafe"

func f(p *int) uintptr {
	return uintptr(unsafe.Pointer(p))
}

func main() {
	x := 1
	_ = f(&x)
}
