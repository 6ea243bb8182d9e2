package main

var sink interface{}

func f() {
	sink = struct{ a, b int }{1, 2}
}

func main() { f() }
