package main

func d3() { defer two(1, 2) }

func two(a, b int) {}

func main() {}
