package main

import (
	"strings"
)

func s1(s string) bool { return strings.HasPrefix(s, "a") }

func main() {}
