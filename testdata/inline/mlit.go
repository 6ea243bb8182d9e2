package main

func mlit() map[int]int { return map[int]int{1: 2} }

func main() {}
