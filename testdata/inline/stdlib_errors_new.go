package main

import (
	"errors"
)

func s2() error { return errors.New("x") }

func main() {}
