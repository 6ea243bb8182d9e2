package main

import (
	"strings"
)

func s5(a, b string) string { return strings.Join([]string{a, b}, ",") }

func main() {}
