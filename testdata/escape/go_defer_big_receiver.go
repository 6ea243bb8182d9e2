package main

type Big struct {
	a [20]int
	p *int
}

func (b Big) M(q *int) {}

func r1(b Big, q *int) {
	go b.M(q)
}

func r2(b *Big) {
	go b.M(nil)
}

func r3(b Big) {
	defer b.M(nil)
}

func main() {}
