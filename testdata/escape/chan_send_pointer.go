package main

func f(c chan *int) {
	x := 1
	c <- &x
}

func main() { f(make(chan *int, 1)) }
