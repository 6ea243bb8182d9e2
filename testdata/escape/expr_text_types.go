// How gc spells types inside an expression's text: it prints types, not
// the source, so an alias prints as the type it names (local ones too), an
// empty tag is no tag, an unexported interface method carries its
// package, and the unsafe operations its printer has no case for read
// "<node unsafe.X>".
package main

import "unsafe"

type A = struct{ int }
type Int = int
type B = struct{ Int }
type P = *S

type S struct{ x int }

type myint int

func (myint) foo() {}
func (myint) Bar() {}

var sink any

func main() {
	sink = &struct{ x int "" }{}
	sink = &struct{ x int "t" }{}
	sink = A{}
	sink = B{}
	sink = []A{}
	{
		type C = int32
		sink = struct{ C }{}
	}
	sink = (interface {
		foo()
		Bar()
	})(myint(6))
	s := "abc"
	sink = string(unsafe.Slice(unsafe.StringData(s), len(s)))
	q := []int{1}
	sink = unsafe.SliceData(q)
	sink = unsafe.String(&[]byte{1}[0], 1)
	sink = P(&S{})
}
