// gc compares a switch's tag and cases in one type: the tag's (bool when
// there is none), or `any` when a case is not assignable to it and one of
// them is an interface; then every value not already an interface is
// converted (and reported), even constants.
package main

type Stringer interface{ String() string }
type Namer interface {
	Stringer
	Name() string
}

var sink any

func tagless(b bool) {
	switch i := interface{}(true); {
	case i:
		println(1)
	case false, b:
		println(2)
	}
}

func ifaces(s Stringer, n Namer, x int) {
	switch n {
	case s: // a Stringer is not a Namer: both compared as any
	}
	switch s {
	case n: // a Namer is a Stringer: compared as Stringer
	}
	switch any(x) {
	case s, 3:
	}
	switch x {
	case 1, 2:
	}
}

func main() {
	tagless(true)
	ifaces(nil, nil, 1)
}
