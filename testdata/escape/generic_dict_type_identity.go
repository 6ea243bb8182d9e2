package main

// The dictionary of a shape instance holds an itab per pair of types a
// conversion meets, and gc's writer tells types apart by the type
// checker's object, not by their spelling: two `interface{}` written
// apart are two types and two entries (f2, f3, g3), a group of
// parameters, results or fields shares one (f4, g3, g5), and
// `var a, b []T` in a body is one type per name (h1: five words, as h2).

var s1 interface{}
var s2 interface{}
var s3, s4 interface{}

type S struct {
	a, b interface{}
	c    interface{}
}

var gs S
var gm map[int]interface{}
var gl []interface{}

func f1[T any](x T) {
	s1 = x
}

func f2[T any](x T) {
	s1 = x
	s2 = x
}

func f3[T any](x T) {
	s3 = x
	s4 = x
}

func f4[T any](x T, a, b interface{}) {
	a = x
	b = x
	s1 = a
	s2 = b
}

func g3[T any](x T) {
	gs.a = x
	gs.b = x
	gs.c = x
}

func g4[T any](x T) {
	gm[0] = x
	gl[0] = x
	gl[1] = x
}

func g5[T any](x T) (a, b interface{}) {
	a = x
	b = x
	return
}

func g6[T any](x T) interface{} {
	y := interface{}(x)
	z := interface{}(x)
	gs.a = y
	gs.b = z
	return x
}

func g7[T any](x T) {
	var p *interface{}
	*p = x
	f := func(v interface{}) {}
	f(x)
}

func h1[T any](x T) {
	var a, b []T
	s1 = a
	s1 = b
}

func h2[T any](x T) {
	var a []T
	var b []T
	s1 = a
	s1 = b
}

func h3[T any](x T, a, b []T) {
	s1 = a
	s1 = b
}

func main() {
	f1(1)
	f2(1)
	f3(1)
	f4(1, nil, nil)
	g3(1)
	g4(1)
	g5(1)
	g6(1)
	g7(1)
	h1(1)
	h2(1)
	h3(1, nil, nil)
}
