package main

func f() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func main() { _ = f() }
