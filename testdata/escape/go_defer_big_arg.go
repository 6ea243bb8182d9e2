package main

type Big struct{ a [20]int; p *int }

func use(b Big) {}
func usep(b Big, q *int) {}

func d1(b Big) {
	defer use(b)
}

func d2(b Big) {
	go use(b)
}

func d3(b Big, q *int) {
	for i := 0; i < 2; i++ {
		defer usep(b, q)
	}
}

func d4(b Big) {
	x := 1
	defer use(b)
	_ = x
}

func main() {}
