package main

type T struct{ p *int }

func f(t *T, q *int) {
	t.p = q
}

func main() {
	var t T
	x := 1
	f(&t, &x)
}
