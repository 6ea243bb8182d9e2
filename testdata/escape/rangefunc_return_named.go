package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

// Named results are assigned by the body's return.
func named(p *int) (r *int, ok bool) {
	for x := range seq {
		if x > 0 {
			return p, true
		}
	}
	return
}

// With an escaping body, the named results move to the heap.
func namedleak(p *int) (r *int, n int) {
	for x := range leakseq {
		r = p
		if x > 0 {
			return r, x
		}
	}
	return nil, 0
}

// A blank result is renamed too.
func blankres(p *int) (_ *int, err error) {
	for range leakseq {
		return p, nil
	}
	return nil, nil
}

func main() {}
