package main

import (
	"fmt"
)

func s7(s string) string { return fmt.Sprintf("%s", s) }

func main() {}
