package main

type I interface{ M() int }

type T struct{ n int }

func (t *T) M() int { return t.n }

func g() int { return 1 }

func f1() int {
	var i I = &T{1}
	return g() + i.M()
}

func f2() int {
	var j I = &T{2}
	return j.M() + g()
}

func main() {}
