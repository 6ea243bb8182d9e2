package main

func f(c chan int) int {
	return <-c
}

func main() {
	c := make(chan int, 1)
	c <- 1
	_ = f(c)
}
