package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("x")
}
