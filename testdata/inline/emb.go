package main

func emb(e E) int { return e.a }

type E struct {
	T
	c int
}

type T struct{ a, b int }

func (t T) M() int { return t.a }

func (t *T) PM() int { return 1 }

func main() {}
