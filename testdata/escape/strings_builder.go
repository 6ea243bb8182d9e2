package main

import "strings"

func f() string {
	var b strings.Builder
	b.WriteString("x")
	return b.String()
}

func main() { _ = f() }
