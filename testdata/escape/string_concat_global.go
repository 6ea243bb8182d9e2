package main

var g string

func f(a string) {
	g = a + "x"
}

func main() { f("a") }
