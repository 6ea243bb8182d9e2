package main

var sink any
var sinkf func(int) bool

func seq(yield func(int) bool)          { yield(1) }
func leakseq(yield func(int) bool)      { sinkf = yield }
func seq2(yield func(int, *int) bool)   { x := 1; yield(0, &x) }
func ptrs(yield func(*int) bool)        { yield(nil) }

type List struct{ items []*int }

func (l *List) All(yield func(*int) bool) {
	for _, p := range l.items {
		if !yield(p) {
			return
		}
	}
}

func mkseq() func(func(int) bool) { return seq }

func nested() {
	for range leakseq {
	}
	for range leakseq {
		for range leakseq {
		}
	}
}

func onevar() {
	for k := range seq2 {
		_ = k
	}
}

func blank() {
	for _, p := range seq2 {
		sink = p
	}
}

func assignform() {
	var k int
	var p *int
	for k, p = range seq2 {
	}
	_, _ = k, p
}

func captured(n int) int {
	total := 0
	for x := range seq {
		total += x + n
	}
	return total
}

func method(l *List) {
	for p := range l.All {
		sink = p
	}
}

func callexpr() {
	for x := range mkseq() {
		p := new(x)
		sink = p
	}
}

func innerloop(xs []int) {
	for x := range seq {
		for _, y := range xs {
			if y > x {
				break
			}
			continue
		}
		switch x {
		case 1:
			break
		}
	}
}

func closureinbody() {
	for x := range seq {
		f := func() int { return x }
		sink = f
	}
}

func inclosure() func() {
	return func() {
		for p := range ptrs {
			sink = p
		}
	}
}

func forloop() {
	for i := 0; i < 3; i++ {
		for x := range seq {
			sink = &i
			_ = x
		}
	}
}

func main() {}
