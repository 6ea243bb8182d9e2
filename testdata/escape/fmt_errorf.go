package main

import "fmt"

func f(n int) error {
	return fmt.Errorf("bad %d", n)
}

func main() { _ = f(1) }
