package main

type T struct{ buf [4]int }

func (t T) sum() int { return t.buf[0] }

func f() int {
	var t T
	p := &t
	return p.sum()
}

func main() { _ = f() }
