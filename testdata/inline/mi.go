package main

func mi(m map[int]int) int { return m[1] }

func main() {}
