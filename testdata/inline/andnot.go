package main

func andnot(a, b int) int { return a &^ b }

func main() {}
