package main

func clr(m map[int]int) { clear(m) }

func main() {}
