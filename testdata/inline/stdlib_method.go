package main

import (
	"strings"
)

func s6(b *strings.Builder) { b.WriteString("x") }

func main() {}
