package main

func arr() [3]int { return [3]int{1, 2, 3} }

func main() {}
