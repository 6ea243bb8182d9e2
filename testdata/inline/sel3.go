package main

func sel3(c chan int) {
	select {
	case c <- 1:
	}
}

func main() {}
