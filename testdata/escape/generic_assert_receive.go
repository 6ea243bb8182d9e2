package main

// Type assertions and receives in shape instances.  An assertion to a
// derived type takes its type from the dictionary (a run-time type, or an
// itab when asserting from a non-empty interface) and gc prints it as
// <node DYNAMICDOTTYPE>, parenthesized as an operand.  `v, ok := <-c`
// declares v with the channel's element type, keyed as its node.

type I interface{ M() int }
type J interface {
	M() int
	N()
}

type impl[T any] struct{ v T }

func (impl[T]) M() int { return 1 }
func (impl[T]) N()     {}

func a1[T any](x any) T {
	return x.(T)
}

func a2[T any](x any) []T {
	return x.([]T)
}

func a3[T any](x I) int {
	return x.(impl[T]).M()
}

func a4[T any](x I) J {
	return x.(J)
}

func a5[T any](x any) int {
	y := x.(*T)
	z := x.(*T)
	_, _ = y, z
	return x.(I).M()
}

func a6[T any](x I) {
	sink = x.(impl[T])
	sink = x.(*impl[T])
}

func main1() {
	_ = a1[int](1)
	_ = a2[int](nil)
	_ = a3[int](impl[int]{})
	_ = a4[int](impl[int]{})
	_ = a5[int](nil)
	a6[int](impl[int]{})
}

func a7[T any](x any) int {
	return len(x.([]T)) + cap(x.([]T))
}

func a8[T comparable](x any, y T) bool {
	return x.(T) == y
}

func a9[T any](x any) {
	sink = *x.(*T)
}

func init2() {
	_ = a7[int](nil)
	_ = a8[int](1, 1)
	a9[int](nil)
}

func r1[T any](c chan T) T {
	x := <-c
	return x
}

func r2[T any](c chan T) {
	sink = <-c
}

func r3[T any](c chan T) bool {
	var v T
	var ok bool
	v, ok = <-c
	sink = v
	return ok
}

func r4[T any](c <-chan []T) int {
	x, ok := <-c
	if !ok {
		return 0
	}
	return len(x)
}

func r5[T any](c chan *T) *T {
	return <-c
}

func r6[T any](c chan T) {
	var s any
	var ok bool
	s, ok = <-c
	sink = s
	_ = ok
}

func main2() {
	c := make(chan int, 1)
	_ = r1(c)
	r2(c)
	_ = r3(c)
	_ = r4(make(chan []int))
	_ = r5(make(chan *int))
	r6(c)
}

var sink any

func main() {
	main1()
	init2()
	main2()
}
