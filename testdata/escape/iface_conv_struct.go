package main

type T struct{ a, b int }

var sink interface{}

func f(t T) {
	sink = t
}

func main() { f(T{}) }
