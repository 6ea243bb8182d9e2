package main

type S []*int

func (s S) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type T struct{ a, b *int }

func (t *T) Sw() { t.a, t.b = t.b, t.a }

func main() {
	var s S
	s.Swap(0, 1)
	var t T
	t.Sw()
}
