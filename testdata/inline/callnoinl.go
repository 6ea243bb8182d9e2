package main

func callnoinl() { noinl() }

//go:noinline
func noinl() {}

func main() {}
