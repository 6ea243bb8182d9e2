package main

var sink interface{}

func f() {
	sink = 42
	sink = "hello"
	sink = 1.5
}

func main() { f() }
