package main

import "unsafe"

func f(a *[4]int) *int {
	return (*int)(unsafe.Add(unsafe.Pointer(a), 8))
}

func main() {
	var a [4]int
	_ = f(&a)
}
