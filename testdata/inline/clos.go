package main

func clos(c chan int) { close(c) }

func main() {}
