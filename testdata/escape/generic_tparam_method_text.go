package main

import "fmt"

// A method called on a value of a type parameter goes, in each shape
// instance, through the function the dictionary holds for it:
// (func(go.shape.T, params) results)(&.dict[i])(x, args), i counting the
// (type parameter, method) pairs in the order the generic body writes
// them.

type ledger struct {
	id      string
	amounts []int
}

func (l ledger) ID() string      { return l.id }
func (l ledger) Amounts() []int  { return l.amounts }
func (l ledger) Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

type record interface {
	ID() string
	Amounts() []int
	Sum(...int) int
}

func show[L record](l L) {
	fmt.Println(l.ID(), l.Sum(l.Amounts()...), l.ID())
}

func main() {
	show(ledger{"a", []int{1, 2}})
}
