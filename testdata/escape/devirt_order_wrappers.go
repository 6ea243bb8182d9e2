// With -l, gc devirtualizes the declared functions in order, then the
// func literals and go/defer wrappers, the last function's first; a
// wrapper's call is on the receiver it captured, .autotmp_N.
package main

type I interface{ M() }

type N struct{ a int }

func (*N) M() {}

func a() {
	var i I = &N{}
	f := func() {
		var j I = &N{}
		j.M()
		defer j.M()
	}
	f()
	defer i.M()
	i.M()
}

func b() {
	var i I = &N{}
	i.M()
	g := func() {
		var j I = &N{}
		j.M()
	}
	g()
}

func main() {}
func za() {
	var i I = &N{}
	i.M()
	defer i.M()
	zb()
}

func zb() {
	var i I = &N{}
	defer i.M()
	i.M()
	zc()
}

func zc() {
	var i I = &N{}
	i.M()
	defer i.M()
}

