package main

var sink any

func f() int { return 3 }

var gp = new(5)
var gq = new(f())

type T struct{ x int }

func (t *T) M() {}

func a() {
	x := 1
	sink = &x
	p := new(5)
	sink = p
	z := 2
	sink = &z
	fn := func() *int {
		q := new(7)
		return q
	}
	sink = fn
	new(T{}).M()
	new(T{x: f()}).M()
	var r = new(new(3))
	sink = r
}

func main() {}
