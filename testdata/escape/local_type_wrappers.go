// gc makes the method wrappers of the types declared in function bodies
// after those of the package's types: the last function's first, each
// body's in source order.
package main

type hidden struct{}

func (hidden) Error() string { return "ok" }

type other struct{}

func (other) Name() string { return "n" }

func f1() string {
	type c1 struct{ hidden }
	type c2 struct{ other }
	return c1{}.Error() + c2{}.Name()
}

func f2() string {
	type c3 struct{ other }
	return c3{}.Name()
}

type top struct{ other }

func main() { println(f1(), f2(), top{}.Name()) }
