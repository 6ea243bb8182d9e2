package main

var keep func(int) bool

func seq(yield func(int) bool)     { yield(1) }
func leakseq(yield func(int) bool) { keep = yield }

func two(p *int) (*int, *int) { return p, p }

// Several unnamed results, #rv1 and #rv2.
func pair(p, q *int) (*int, *int) {
	for range seq {
		return q, p
	}
	return nil, nil
}

// A multi-value call returned from the body.
func passthrough(p *int) (*int, *int) {
	for range leakseq {
		return two(p)
	}
	return nil, nil
}

// An interface result converts the returned value.
func boxed(n int) any {
	for x := range seq {
		return x + n
	}
	return nil
}

func main() {}
