package main

var sink interface{}

func f() {
	var a [3]int
	sink = a
}

func main() { f() }
