package main

var g *[8]byte

func f() {
	g = new([8]byte)
}

func main() { f() }
