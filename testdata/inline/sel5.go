package main

func sel5(c chan int) (v int) {
	select {
	case v = <-c:
	}
	return
}

func main() {}
