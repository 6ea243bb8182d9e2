package main

var sink any

func a() int {
	x := 1
	return func() int { return x }()
}

func b() int {
	y := 2
	f := func() int { y++; return y }
	return f() + f()
}

func c() {
	z := new(int)
	func() { sink = z }()
}

func d() func() int {
	w := 3
	g := func() int { return w }
	_ = g()
	return g
}

func main() {}
