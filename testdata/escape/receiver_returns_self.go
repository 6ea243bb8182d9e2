package main

type T struct{ n int }

func (t *T) self() *T {
	return t
}

func main() {
	var t T
	_ = t.self()
}
