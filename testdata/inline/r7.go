package main

func r7(c chan int) int {
	n := 0
	for v := range c {
		n += v
	}
	return n
}

func main() {}
