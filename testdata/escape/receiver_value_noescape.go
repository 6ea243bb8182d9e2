package main

type T struct{ p *int }

func (t T) get() int {
	return *t.p
}

func main() {
	x := 1
	t := T{&x}
	_ = t.get()
}
