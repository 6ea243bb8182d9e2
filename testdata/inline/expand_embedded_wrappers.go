package main

// gc generates T.M / (*T).M wrappers for methods promoted from embedded
// fields, after the types they embed, and expands the wrapped methods.

type Inner struct{ p *int }

func (i Inner) Get() *int   { return i.p }
func (i *Inner) Set(p *int) { i.p = p }
func (i Inner) Copy() *Inner { return &i }

type Outer struct {
	Inner
	n int
}

type ByPtr struct {
	*Inner
}

func main() {}
