package main

func cmplx(a, b float64) complex128 { return complex(a, b) }

func main() {}
