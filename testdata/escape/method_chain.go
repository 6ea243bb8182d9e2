package main

type B struct{ buf []byte }

func (b *B) add(c byte) *B {
	b.buf = append(b.buf, c)
	return b
}

func f() int {
	var b B
	b.add('a').add('b')
	return len(b.buf)
}

func main() { _ = f() }
