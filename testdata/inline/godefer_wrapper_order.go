// A go/defer wrapper is a function of the batch: the locations of the
// calls gc expands in it (leak's b, moved to heap) come after the enclosing
// function's own, before those of its walk (the literal at f :=).
package main

type Big struct {
	a [20]int
	p *int
}

type R struct{ n int }

func (r R) M(b Big, p *int)     {}
func (r *R) PM(b Big, p *int)   {}
func gbig() (Big, *int)         { return Big{}, nil }
func gtwo() (Big, Big)          { return Big{}, Big{} }
func take(b Big, p *int)        {}
func take2(b, c Big)            {}
func leak(b Big, p *int)        { sink = p; bsink = &b }

var sink *int
var bsink *Big

func m1(r R, pr *R) {
	k := 0
	_ = k
	go r.M(gbig())
	go pr.PM(gbig())
}

func m2() {
	for i := 0; i < 2; i++ {
		defer take(gbig())
	}
	j := 1
	_ = j
	defer take2(gtwo())
}

func m3() {
	f := func() {
		q := 1
		_ = q
		go take(gbig())
	}
	f()
	go leak(gbig())
}

func m4() {
	if x := 1; x > 0 {
		go take(gbig())
	} else {
		y := 2
		_ = y
	}
	go take(gbig())
}

func main() {}
