package main

import "strings"

func f(a, b string) string {
	return strings.Join([]string{a, b}, ",")
}

func main() { _ = f("a", "b") }
