package main

type T struct{ n int }

func (t T) get() int { return t.n }

func f(t T) func() int {
	return t.get
}

func main() { _ = f(T{}) }
