package main

type Big struct {
	a [20]int
	p *int
}

func (b Big) M()    {}
func (b *Big) PM()  {}

type Outer struct{ Big }
type OuterP struct{ *Big }

func gbig() (Big, *int) { return Big{}, nil }
func take(b Big, p *int) {}

func run(o Outer, op *Outer, oq OuterP) {
	go o.M()
	go op.M()
	go oq.M()
	go o.PM()
}
func main() {}
