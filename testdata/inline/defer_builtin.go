package main

func d1(c chan int) { defer close(c) }

func main() {}
