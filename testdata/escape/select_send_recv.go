package main

func f(a chan *int, b chan int) int {
	x := 1
	select {
	case a <- &x:
		return 0
	case v := <-b:
		return v
	}
}

func main() { _ = f(nil, nil) }
