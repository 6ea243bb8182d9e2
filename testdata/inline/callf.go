package main

func callf() int { return add(1, 2) }

func add(x, y int) int { return x + y }

func main() {}
