package main

type Buf struct {
	buf []byte
	n   int
}

func (b *Buf) trim() {
	b.buf = b.buf[1:]
}

func main() {
	var b Buf
	b.trim()
}
