package main

import "unsafe"

func c5(p *int) unsafe.Pointer { return unsafe.Pointer(p) }

func main() {}
