package main

import "io"

type Anon struct {
	Inner struct {
		A byte
		B struct {
			C int16
			D [0]func()
		}
	}
	E [2]struct{ X, Y byte }
	F byte
}

type ZeroElems [10]struct{}

type BoolThenZero struct {
	B bool
	Z [0]int32
}

type PtrThenEmpty struct {
	P *int
	E struct{}
}

type Big [1 << 20]byte

type ChanChan chan (<-chan int)

type SendOfRecv chan<- <-chan int

type Fn func(...interface{ String() string }) (err error)

type Constraint interface {
	~[]byte | ~string
	Len() int
}

type Writerish struct {
	io.Writer
	n int64
}

type Rec struct {
	Self  *Rec
	Many  map[*Rec][]Rec
	Func  func(Rec) Rec
	Array [2]*Rec
}

var methodValue = (&Writerish{}).Write

var methodExpr = (*Writerish).Write

var iface io.ReadWriter

var arr [3][0]string

var nilMap map[[2]int]struct{}

const typedBig uint64 = 1<<64 - 1

const negative int8 = -1 << 7

func main() {}
