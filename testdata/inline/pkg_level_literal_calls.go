// Inside a func literal of a package-level initializer: a literal called
// on the spot is compiled too after gc inlines it (it captures nothing),
// and a literal held in a local is expanded where the local is called.
package main

type modifier struct{ t func() }

type S struct{ a [4]int }

func newS() S { return S{} }

var sink *int
var sinkS *S

var mods = []modifier{{t: func() { p := func() *int { return new(int) }(); sink = p }}}

var mods2 = []func(){
	func() {
		f := func() *S {
			m := newS()
			return &m
		}
		for i := 0; i < 3; i++ {
			sinkS = f()
		}
	},
}

func main() {
	mods2[0]()
	for _, m := range mods {
		m.t()
	}
}
