package main

func d7() { defer println("a", 1) }

func main() {}
