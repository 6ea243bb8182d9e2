package main

type E struct{}

var sink interface{}

func f() {
	sink = E{}
}

func main() { f() }
