package main

type Shared struct {
	A Other
	B int32
}

var fromA = Other{}

func main() {}
