package main

import "fmt"

func f(n int) string {
	return fmt.Sprintf("n=%d", n)
}

func main() { _ = f(1) }
