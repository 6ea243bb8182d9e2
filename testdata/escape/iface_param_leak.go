package main

var sink interface{}

func f(i interface{}) {
	sink = i
}

func g(i interface{}) bool {
	return i == nil
}

func main() {
	f(1)
	_ = g(2)
}
