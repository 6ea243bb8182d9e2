package main

func d4(a int) { go two(a, 2) }

func two(a, b int) {}

func main() {}
