package main

func f(c chan *int) *int {
	return <-c
}

func main() { _ = f(nil) }
