package main

func sel2(c chan int) {
	select {
	case <-c:
	}
}

func main() {}
