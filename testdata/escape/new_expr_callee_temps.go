package main

var sink any

type T struct{ x int }

func (t T) M() {}
func getT() T { return T{} }
func getF() func() { return nil }

func a() {
	getT().M()
	p := new(5)
	sink = p
}

func b() {
	getF()()
	p := new(5)
	sink = p
}

func c(ch chan T) {
	(<-ch).M()
	p := new(5)
	sink = p
}

func main() {}
