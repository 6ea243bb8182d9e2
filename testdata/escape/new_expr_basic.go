package main

var sink any
var gp *int

func f() int { return 3 }

type T struct{ a, b int; p *int }

func a() *int {
	p := new(42)
	return p
}

func b() int {
	p := new(f())
	return *p
}

func c(x int) {
	gp = new(x)
}

func d(x int) int {
	q := new(x + 1)
	return *q
}

func e(t T) *T {
	return new(t)
}

func g(s string) {
	sink = new(s)
}

func h(p *int) **int {
	return new(p)
}

func i() {
	x := new(T{a: 1})
	_ = x
}

func j(x int) *int {
	y := new(int(x))
	return y
}

func main() {}
