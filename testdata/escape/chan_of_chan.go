package main

func f() chan chan int {
	c := make(chan chan int, 1)
	c <- make(chan int)
	return c
}

func main() { _ = f() }
