package main

var g map[int]string

func f() {
	g = map[int]string{1: "x"}
}

func main() { f() }
