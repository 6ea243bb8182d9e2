package main

var sink interface{}

func f(s string) {
	sink = s
}

func main() { f("x") }
