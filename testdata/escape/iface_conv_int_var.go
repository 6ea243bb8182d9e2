package main

var sink interface{}

func f(n int) {
	sink = n
}

func main() { f(1) }
