// Several constructs of the protocol together: big results, a triple nest,
// goto and plain labels, defer with return, `=` forms, select and switch
// bodies, func literals, iter.Seq, interface results.
package main

import "iter"

var keep func(int) bool
var sink any

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }
func seq2(yield func(int, *int) bool) { x := 1; yield(0, &x) }

type Big struct{ a [40]int }

func bigres() (b Big) {
	for x := range leakseq {
		b.a[0] = x
		return
	}
	return
}

func bigres2() Big {
	for x := range leakseq {
		return Big{a: [40]int{x}}
	}
	return Big{}
}

func triple() {
A:
	for x := range leakseq {
		for y := range seq {
			for z := range seq {
				if x == y {
					continue A
				}
				if y == z {
					break A
				}
				if x == z {
					continue
				}
				if x > 4 {
					return
				}
			}
		}
	}
}

func gotoinner() {
	for x := range seq {
		for y := range leakseq {
			if x == y {
				goto next
			}
		}
	next:
		println(x)
	}
}

func plainlabel(xs []int) {
	for x := range seq {
	P:
		for _, v := range xs {
			for y := range leakseq {
				if v == y {
					continue P
				}
				if v > y {
					break P
				}
			}
		}
		_ = x
	}
}

func deferret(p *int) (r *int) {
	for x := range seq {
		if x > 0 {
			return p
		}
		defer println(x)
	}
	return nil
}

func assignform(p **int) *int {
	var k int
	for k, *p = range seq2 {
		if k > 0 {
			return *p
		}
	}
	return nil
}

func selectbody(c chan int) int {
	for x := range seq {
		select {
		case v := <-c:
			if v == x {
				break
			}
			return v
		default:
			continue
		}
	}
	return 0
}

func switchbody(n int) *int {
	for x := range leakseq {
		switch {
		case x == n:
			break
		case x > n:
			p := new(int)
			return p
		}
	}
	return nil
}

func iterseq(s iter.Seq[*int]) *int {
	for p := range s {
		if *p > 0 {
			return p
		}
	}
	return nil
}

func iface(n int) (any, error) {
	for x := range leakseq {
		if x == n {
			return x, nil
		}
	}
	return nil, nil
}

func main() {}
