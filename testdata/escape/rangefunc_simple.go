package main

var sink any
var sinkf func(int) bool

func seq(yield func(int) bool) { yield(1) }
func leakseq(yield func(int) bool) { sinkf = yield }

func a() {
	for range seq {
		p := new(1)
		sink = p
	}
}

func b() {
	for x := range seq {
		p := new(x)
		sink = p
	}
}

func c() {
	y := 0
	for x := range leakseq {
		y += x
	}
	_ = y
}

func d() {
	var x int
	for x = range seq {
		p := new(2)
		sink = p
	}
	_ = x
}

func main() {}
