package main

func opassign(x int) int { x += 2; return x }

func main() {}
