package main

func mv() int { a, b := ma(1, 2); return a + b }

func ma(a, b int) (int, int) { return b, a }

func main() {}
