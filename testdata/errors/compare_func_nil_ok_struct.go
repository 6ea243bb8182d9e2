package main

type S struct{ f []int }

func main() {
	var a, b S
	_ = a == b
}
