package main

func recv(c chan int) int { return <-c }

func main() {}
