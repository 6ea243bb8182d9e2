package main

func f(b bool) {
	if b {
		panic("bad")
	}
}

func main() { f(false) }
