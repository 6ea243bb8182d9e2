package main

import "fmt"

type T struct{ a, b int }

func main() {
	t := T{1, 2}
	fmt.Println(t)
}
