// gc resolves (and devirtualizes) all the calls of the bodies it has just
// expanded before it expands any of them: in main, both devirtualizing
// lines come before the expansions of foo.Get, k and direct.Get.  A method
// promoted through an embedded field is devirtualized through its path.
package main

type foo struct{ p *int }

func (f foo) Get() *int { return f.p }

type Getter interface{ Get() *int }

type byval struct{ foo }

type direct struct{ p *int }

func (d direct) Get() *int { return d.p }

var sink any

func a() {
	x := 1
	var g Getter = byval{foo{&x}}
	sink = g.Get()
}

func a2() {
	x := 1
	var g Getter = direct{&x}
	sink = g.Get()
}

func k() int { return 1 }

func h() int { return k() }

func main() { a(); h(); a2() }
