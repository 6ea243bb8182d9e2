package main

type T struct{ a int }

var sink interface{}

func f(p *T) {
	sink = p
}

func main() { f(nil) }
