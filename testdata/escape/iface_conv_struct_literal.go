package main

type T struct{ a, b int }

var sink interface{}

func f() {
	sink = T{1, 2}
}

func main() { f() }
