package main

import "fmt"

var sink any

type S struct{ a, b int }

func g() (int, string)    { return 1, "a" }
func gs() (string, S)     { return "%v", S{} }
func ge() (error, []int)  { return nil, nil }
func gp() (*S, map[int]int) { return nil, nil }

type T struct{}

func (T) Take(a, b any)       {}
func (*T) Keep(a any, b any)  { sink = b }

type Taker interface{ Take(a, b any) }

func f1(a int, b any) { sink = b }

func m1(t T, p *T, i Taker) {
	t.Take(g())
	p.Keep(g())
	i.Take(g())
	T.Take(t, 1, "x")
}

func m2() {
	f1(g())
	fmt.Printf(gs())
	fmt.Println(ge())
	fmt.Println(gp())
}

func r1() (any, any) {
	return g()
}

func a1() {
	var x, y any
	x, y = g()
	sink = x
	_ = y
}

func a2() {
	x, y := any(1), any(2)
	_, _ = x, y
	var p, q any = g()
	_, _ = p, q
}

func main() {}
