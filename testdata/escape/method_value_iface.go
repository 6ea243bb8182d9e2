package main

type I interface{ M() int }

type T struct{ n int }

func (t T) M() int { return t.n }

func f(i I) func() int {
	return i.M
}

func main() { _ = f(T{}) }
