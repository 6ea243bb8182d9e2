package main

func ta(x any) int { return x.(int) }

func main() {}
