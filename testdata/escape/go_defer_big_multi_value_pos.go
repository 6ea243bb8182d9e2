// The same temporaries: what moves base.Pos (the names of :=, var, for
// and select declarations, a literal's func) and what does not (types,
// constants, parameters, names in other closures).
package main

type Big struct {
	a [20]int
	p *int
}

func gbig() (Big, *int) { return Big{}, nil }
func take(b Big, p *int) {}

func r7() {
	f := func() { z := 2; _ = z }
	f()
	go take(gbig())
}

func r8() {
	func() {
		go take(gbig())
	}()
}

func r9(q int) (res int) {
	go take(gbig())
	return
}

func r10() {
	type T int
	const k = 1
	go take(gbig())
}

func r11(ch chan int) {
	select {
	case v := <-ch:
		_ = v
	}
	go take(gbig())
}

func r12() {
	for i := 0; i < 3; i++ {
	}
	go take(gbig())
}

func r13() {
	func() { w := 1; _ = w }()
	go take(gbig())
}

func r14() {
	var (
		m1 = 1
		m2 = 2
	)
	_, _ = m1, m2
	go take(gbig())
}

func main() {}
