package main

func cp(a, b []int) int { return copy(a, b) }

func main() {}
