package main

var sink any

func a() {
	func() { p := new(int); _ = p }()
}

func b() {
	f := func() { q := new(int); sink = q }
	f()
	f()
}

func c() {
	v := 5
	h := func(k int) *int { return &k }
	sink = h(v)
}

func main() {}
