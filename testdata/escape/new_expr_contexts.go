package main

import "fmt"

var sink any

type T struct{ x int; p *int }

func (t *T) M() *int { return t.p }
func (t T) V() int  { return t.x }

func loops(xs []int) {
	var keep []*int
	for _, x := range xs {
		p := new(x)
		keep = append(keep, p)
	}
	sink = keep
	for i := 0; i < 3; i++ {
		q := new(i)
		_ = *q
	}
}

func prints(x int, s string) {
	fmt.Println(new(x))
	fmt.Println(*new(s))
	sink = *new(x)
}

func methods(t T) *int {
	_ = new(t).V()
	return new(t).M()
}

func closure(x int) func() *int {
	return func() *int {
		return new(x)
	}
}

func deferred(x int) {
	defer fmt.Println(new(x))
	go fmt.Println(new(x + 1))
}

func big() *[200000]byte {
	var b [200000]byte
	return new(b)
}

func comp(x int) []*int {
	return []*int{new(x), new(x + 2)}
}

func main() {}
