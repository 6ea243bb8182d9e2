package main

func embp(p P) int { return p.a }

type P struct {
	*T
	c int
}

type T struct{ a, b int }

func (t T) M() int { return t.a }

func (t *T) PM() int { return 1 }

func main() {}
