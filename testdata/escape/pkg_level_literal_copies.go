package main

// Package-level initializers whose calls gc inlines into init: the
// closures of the inlined bodies are copied into init and named
// init.<literal>.funcN, N continuing init's count of closures.

var sink any

var a = func() int {
	z := 2
	h := func() { z++ }
	h()
	return z
}()

var b = func() int {
	q := 3
	k := func() { q *= 2 }
	k()
	return q
}()

// a literal inside the copied literal
var c = func() int {
	n := 1
	outer := func() {
		inner := func() { n++ }
		inner()
	}
	outer()
	return n
}()

// a copy that escapes
var d = func() int {
	m := 4
	e := func() int { return m }
	sink = e
	return e()
}()

var fs = []func(){func() {}}

func main() { println(a, b, c, d, len(fs)) }
