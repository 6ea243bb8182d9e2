package main

func sel(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
		return 0
	}
}

func main() {}
