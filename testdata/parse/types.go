// Every kind of type: arrays, slices, structs (embedded fields, tags),
// pointers, functions, interfaces, maps, channels, and parenthesized types.
package main

import (
	"fmt"
	"io"
	"sync"
)

type Matrix [3][4]float64

type Grid [2 * 4]byte

type Record struct {
	ID   int    `json:"id"`
	Name string `json:"name,omitempty"`
	Tags []string
	Meta map[string]any
	next *Record
	sync.Mutex
	*Embedded
	fmt.Stringer
	a, b, c int8
	_       [0]func()
	Inline  struct {
		Depth  int
		Deeper struct{ Flag bool }
	}
}

type Embedded struct{ Level int }

type Handler func(w io.Writer, args ...string) (n int, err error)

type Visitor interface {
	Visit(n int) (w Visitor)
	fmt.Stringer
	io.Closer
}

type Empty interface{}

type Chans struct {
	both    chan int
	send    chan<- int
	recv    <-chan int
	nested  chan<- chan int
	nested2 chan (<-chan int)
	funcs   chan func() error
}

type (
	PtrPtr   **int
	SliceMap []map[string][]*Record
	FuncRet  func() func() (int, error)
	ArrPtr   *[5]int
	Paren    (int)
	Iface    interface{ M(int) }
	AnyAlias = any
)

func (r *Record) String() string { return r.Name }

func apply(h Handler, fns ...func(int) int) int {
	n, _ := h(nil, "x")
	for _, fn := range fns {
		n = fn(n)
	}
	return n
}

func main() {
	var m Matrix
	m[1][2] = 3.5
	g := Grid{1, 2, 3}
	r := &Record{ID: 1, Name: "r", Embedded: &Embedded{Level: 2}}
	r.Stringer = r
	r.Inline.Deeper.Flag = true
	c := Chans{both: make(chan int, 1)}
	c.send, c.recv = c.both, c.both
	c.send <- 1
	var pp PtrPtr
	var e Empty = pp
	var a AnyAlias = e
	h := Handler(func(w io.Writer, args ...string) (int, error) { return len(args), nil })
	fmt.Println(m[1][2], g[2], r.Level, <-c.recv, a, apply(h, func(i int) int { return i * 2 }))
}
