package main

import "unsafe"

func f(b []byte) string {
	return unsafe.String(&b[0], len(b))
}

func g(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func main() {
	_ = f([]byte("x"))
	_ = g("y")
}
