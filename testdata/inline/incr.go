package main

func incr(x int) int { x++; return x }

func main() {}
