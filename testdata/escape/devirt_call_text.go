// The text gc prints for a devirtualized call: the concrete method,
// called with i.(T) as receiver, through the embedded fields to a
// promoted method, implicit dereferences not written.
package main

type T struct{ s string }

//go:noinline
func (t T) String() string { return t.s + "x" }

type P struct{ s string }

//go:noinline
func (p *P) String() string { return p.s + "y" }

type E struct{ T }

type F struct{ *P }

type I interface{ String() string }

var sink any

func main() {
	var a I = T{}
	sink = a.String()
	var b I = &T{}
	sink = b.String()
	var c I = &P{}
	sink = c.String()
	var d I = E{}
	sink = d.String()
	var e I = &E{}
	sink = e.String()
	var f I = F{&P{}}
	sink = f.String()
}
