package main

var sink interface{}

func f(s []int) {
	sink = s
}

func main() { f(nil) }
