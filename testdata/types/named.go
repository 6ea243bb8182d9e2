package main

import "fmt"

type Celsius float64

type Temps []Celsius

type Matrix [2][2]Celsius

type Set map[string]struct{}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type ReadCloser interface {
	Reader
	Close() error
}

type Stringer = fmt.Stringer

type Wrapper struct {
	fmt.Stringer
	Inner *Wrapper
}

type Small struct {
	a, b, c byte
}

type Arr [5]Small

type Bits uint16

var s Stringer

var w = Wrapper{}

func main() {}
