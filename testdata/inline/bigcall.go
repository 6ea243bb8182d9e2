package main

func bigcall() { noinl(); noinl() }

//go:noinline
func noinl() {}

func main() {}
