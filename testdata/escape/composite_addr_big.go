package main

type Big struct{ buf [70000]byte }

func f() byte {
	p := &Big{}
	return p.buf[1]
}

func main() { _ = f() }
