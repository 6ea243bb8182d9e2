// Line directives (//line and its block form) change the file, line and
// column gc reports: an empty file name prints as ??, and without a column
// none is printed until the next directive.
package main

var sink *int

func a() {
	x := 1
	sink = &x
}

//line foo.go:100
func b() {
	y := 1
	sink = &y
}

//line :200
func c() {
	z := 1
	sink = &z
}

//line :300:5
func d() {
	w := 1
	sink = &w
}

func e() {
	v := 1; /*line :400:20*/ sink = &v; u := 2; sink = &u
}

//line /abs/path/bar.go:7:3
func f() {
	t := 1
	sink = &t
}

func main() {}
