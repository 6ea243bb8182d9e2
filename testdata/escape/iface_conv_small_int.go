package main

var sink interface{}

func f(b byte, ok bool) {
	sink = b
	sink = ok
}

func main() { f(1, true) }
