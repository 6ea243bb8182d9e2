// More of the protocol: defers in nested loops, a goto back inside a body,
// Go 1.22 loop variables, method values, dead code after a return.
package main

var keep func(int) bool
var sink any

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

func twodefers(n int) {
	for x := range leakseq {
		defer println(x)
		for y := range seq {
			defer func() { sink = &y }()
			if y == n {
				return
			}
		}
	}
}

func nextfirst(n int) *int {
	for x := range leakseq {
		if x > 0 {
			if x > n {
				return nil
			}
		}
		defer println(n)
		p := new(x)
		sink = p
	}
	return nil
}

func back(n int) {
	for x := range seq {
	again:
		for y := range leakseq {
			if y > x {
				n++
				goto again
			}
		}
		q := 1
		sink = &q
	}
}

func loopvar() {
	for i := 0; i < 3; i++ {
		for x := range leakseq {
			if x == i {
				return
			}
			sink = &i
		}
	}
}

type T struct{ p *int }

func (t *T) Items(yield func(*int) bool) { yield(t.p) }

func methexpr(t *T) *int {
	for p := range t.Items {
		return p
	}
	return nil
}

func closurevar(f func(func(int) bool)) (int, bool) {
	g := f
	for x := range g {
		return x, true
	}
	return 0, false
}

func emptyret() {
	for range seq {
		return
	}
}

func deadafter(p *int) *int {
	for range leakseq {
		return p
		q := new(int)
		sink = q
	}
	return nil
}

func main() {}
