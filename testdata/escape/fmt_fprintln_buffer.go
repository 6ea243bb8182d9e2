package main

import (
	"bytes"
	"fmt"
)

func f() string {
	var b bytes.Buffer
	fmt.Fprintln(&b, "x")
	return b.String()
}

func main() { _ = f() }
