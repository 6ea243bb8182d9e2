package main

import (
	"fmt"
)

func s4(x int) { fmt.Println(x) }

func main() {}
