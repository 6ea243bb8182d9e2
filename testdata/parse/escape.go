// Escape-analysis patterns, for the later stages: values that stay on the
// stack, values moved to the heap by returning their address, by closure
// capture, by storing into globals, interfaces and slices that outlive
// the frame, and allocations whose size is unknown at compile time.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

var sink *Node

var keep []*int

func stack() int {
	n := Node{Val: 1}
	return n.Val
}

func returnsPointer(v int) *Node {
	n := Node{Val: v}
	return &n
}

func newNode(v int) *Node { return &Node{Val: v} }

func toGlobal(v int) {
	n := &Node{Val: v}
	sink = n
}

func leakParam(p *int) *int { return p }

func noLeak(p *int) int { return *p + 1 }

func closure() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func callsClosure() int {
	x := 10
	f := func() int { return x * 2 }
	return f()
}

func appendAll(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		v := i
		out = append(out, &v)
	}
	return out
}

func makeSizes(n int) (int, int) {
	fixed := make([]byte, 64)
	dynamic := make([]byte, n)
	return len(fixed), len(dynamic)
}

func toInterface(v int) any { return v }

func mapStore(m map[string]*Node, k string) {
	n := Node{Val: len(k)}
	m[k] = &n
}

func deferred() (r int) {
	x := 5
	defer func() { r = x }()
	return 0
}

func goroutine(ch chan *Node) {
	n := &Node{Val: 9}
	go func() { ch <- n }()
}

func main() {
	a := 3
	keep = append(keep, leakParam(&a))
	b := 4
	fmt.Println(stack(), returnsPointer(1).Val, newNode(2).Val, noLeak(&b))
	toGlobal(5)
	next := closure()
	next()
	ch := make(chan *Node, 1)
	goroutine(ch)
	m := map[string]*Node{}
	mapStore(m, "key")
	fmt.Println(next(), callsClosure(), len(appendAll(3)), toInterface(7), deferred(), (<-ch).Val, m["key"].Val)
	fmt.Println(makeSizes(10))
	fmt.Println(sink.Val, *keep[0])
}
