package main

type Big struct {
	a [20]int
	p *int
}

type Holder struct{ b Big; q *Big }

func use(b Big)                {}
func use2(x int, b Big, y *int) {}
func keep(b Big) *int          { return b.p }
func mk(p *int) Big            { return Big{p: p} }

func g1(h Holder, hp *Holder, bs []Big, p *int) {
	go use(h.b)
	go use(*hp.q)
	go use(bs[0])
	go use(mk(p))
	go use2(1, h.b, p)
}

func g2(b Big) {
	go func(x Big) {
		_ = x
	}(b)
	defer func(x Big) {}(b)
}

func g3(arr [40]int, p *int) {
	for {
		defer func(a [40]int, q *int) {}(arr, p)
		break
	}
}

func g4(b Big) {
	go use(Big{p: b.p})
	go use([]Big{b}[0])
}

func main() {}
