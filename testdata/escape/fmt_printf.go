package main

import "fmt"

func f(name string, n int) {
	fmt.Printf("%s=%d\n", name, n)
}

func main() { f("a", 1) }
