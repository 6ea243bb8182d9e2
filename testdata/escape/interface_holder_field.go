package main

type Holder struct{ v interface{} }

func f(h *Holder, n int) {
	h.v = n
}

func main() { f(&Holder{}, 1) }
