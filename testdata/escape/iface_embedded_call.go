package main

type I interface{ M() int }

type T struct{ n int }

func (t *T) M() int { return t.n }

func f() int {
	var i I = &T{1}
	return i.M()
}

func main() { _ = f() }
