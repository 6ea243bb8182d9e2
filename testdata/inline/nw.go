package main

func nw() *int { return new(int) }

func main() {}
