package main

func neg(x int) int { return -x }

func main() {}
