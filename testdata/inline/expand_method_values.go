package main

type T struct{ n int }

func (t *T) get() int { return t.n }
func (t T) val() *int  { return &t.n }

type U struct{ m int }

func (u *U) put(x *int) { u.m = *x }

var sink any

func main() {
	t := &T{}
	f := t.get
	sink = f
	g := t.val
	sink = g
	u := &U{}
	sink = u.put
	sink = t.get
}
