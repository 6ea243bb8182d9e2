package main

func mn(a, b int) int { return min(a, b) }

func main() {}
