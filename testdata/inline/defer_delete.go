package main

func d8(m map[int]int) { defer delete(m, 1) }

func main() {}
