package main

func f(n int, c chan int) {
	go func() {
		c <- n
	}()
}

func main() { f(1, make(chan int, 1)) }
