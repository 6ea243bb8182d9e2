package main

var g chan *int

func f() {
	g = make(chan *int)
}

func main() { f() }
