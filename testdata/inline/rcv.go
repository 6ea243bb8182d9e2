package main

func rcv(c chan int) (int, bool) { v, ok := <-c; return v, ok }

func main() {}
