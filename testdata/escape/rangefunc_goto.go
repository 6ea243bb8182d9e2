package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

// goto out of the loop, forward.
func forward(n int) int {
	for x := range seq {
		if x > n {
			goto done
		}
	}
	return 0
done:
	return 1
}

// goto back before the loop: the label now loops.
func backward(n int) {
	var p *int
again:
	for x := range leakseq {
		if x > n {
			n++
			goto again
		}
	}
	q := 0
	p = &q
	_ = p
}

// goto within the body stays there.
func within() {
	for x := range seq {
		if x > 0 {
			goto skip
		}
		println(x)
	skip:
	}
}

func main() {}
