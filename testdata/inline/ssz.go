package main

import "unsafe"

func ssz() uintptr { var t T; return unsafe.Sizeof(t) }

type T struct{ a, b int }

func (t T) M() int { return t.a }

func (t *T) PM() int { return 1 }

func main() {}
