package main

func d6(x int) { defer func(y int) { _ = y }(x) }

func main() {}
