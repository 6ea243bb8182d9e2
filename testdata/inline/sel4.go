package main

func sel4(c chan int) int {
	select {
	case v, ok := <-c:
		if ok {
			return v
		}
	}
	return 0
}

func main() {}
