package main

type MyByte byte

type MyRune rune

func f[T []MyByte](x T) string { return string(x) }

var sink any

func main() {
	var y []MyByte
	_ = f(y)
	_ = string(y)
	var z []MyRune
	sink = string(z)
	var w []byte
	_ = string(w)
}
