package main

type Pair struct{ a, b *int }

func mk(a, b *int) Pair {
	return Pair{a, b}
}

func main() {
	x, y := 1, 2
	_ = mk(&x, &y)
}
