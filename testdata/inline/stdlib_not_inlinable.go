package main

import (
	"strings"
)

func s3(s string) int { return strings.Index(s, "a") }

func main() {}
