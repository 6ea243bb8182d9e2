package main

type T struct {
	a int
	b T
}

func main() {}
