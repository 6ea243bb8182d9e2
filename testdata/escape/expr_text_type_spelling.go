// gc spells a type the same way in a -m diagnostic and in a -m=2 body:
// an embedded field as its type alone (an instance of a generic type
// too), a tag quoted as strconv.Quote does, "struct {}", a func type
// without parameter names, chan (<-chan T) parenthesized, an interface
// with the methods of those it embeds, exported first.  The name of an
// unexported method is a symbol's, and from it on gc writes the
// methods in link form: every name qualified (main.T, a struct's
// main.b), any and byte as interface {} and uint8.  Link form also
// names a shape, where an embedded field shows its name unless it is
// its type's: G = main.G[int], Int = int, main.int32 = int32.
package main

import (
	"io"
	"strings"
)

type T struct{ a int }

type G[X any] struct{ x X }

type Int = int

type myint int

func (myint) Read([]byte) (int, error)        { return 0, nil }
func (myint) M(T) struct{ b int }             { return struct{ b int }{} }
func (myint) m(T) *struct{ b int }            { return nil }
func (myint) n(any, byte, func(x int) string) {}

var sink any

func embedded() {
	sink = &struct {
		G[int]
		y *G[string]
		x G[T] `a:"b\\c"`
	}{}
}

func literals() {
	sink = []struct{}{}
	sink = &struct {
		_ int
		f func(x int) (y string)
		c chan (<-chan int)
		r *strings.Reader
	}{}
	sink = &struct {
		x, y int "\x00é\t`"
	}{}
}

func methods() {
	sink = (interface {
		m(T) *struct{ b int }
		M(T) struct{ b int }
	})(myint(1))
	sink = (interface {
		n(any, byte, func(x int) string)
	})(myint(1))
	sink = (interface {
		io.Reader
		m(T) *struct{ b int }
	})(myint(1))
}

func F[T any](t T) any { return &t }

func shapes() {
	sink = F(struct {
		G[int]
		Int
		int32
		x chan (<-chan int)
		e error
		y struct {
			b byte
			c any
		}
	}{})
}

func main() {
	embedded()
	literals()
	methods()
	shapes()
}
