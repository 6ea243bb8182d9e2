package main

import (
	"fmt"
)

func d9() { defer fmt.Println("x") }

func main() {}
