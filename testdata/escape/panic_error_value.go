package main

import "errors"

func f(b bool) {
	if b {
		panic(errors.New("x"))
	}
}

func main() { f(false) }
