package main

var g []string

func f() {
	g = []string{"a", "b"}
}

func main() { f() }
