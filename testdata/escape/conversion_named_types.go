package main

type MyInt int
type Ptr *int

var sink interface{}

func f(n int) {
	sink = MyInt(n)
}

func g(p *int) Ptr {
	return Ptr(p)
}

func main() {
	f(1)
	_ = g(nil)
}
