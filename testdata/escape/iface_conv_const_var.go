package main

var sink interface{}

func f() {
	v := 1000
	sink = v
}

func main() { f() }
