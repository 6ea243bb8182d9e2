package main

func f(b []byte, s string) []byte {
	return append(b, s...)
}

func main() { _ = f(nil, "x") }
