package main

import "fmt"

func f() {
	x := 1
	defer fmt.Println(x)
}

func main() { f() }
