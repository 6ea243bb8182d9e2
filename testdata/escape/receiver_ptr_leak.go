package main

type T struct{ n int }

var g *T

func (t *T) save() {
	g = t
}

func main() {
	var t T
	t.save()
}
