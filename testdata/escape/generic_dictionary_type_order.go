// A function's dictionary that uses an instance of a generic type met
// earlier makes that type's dictionary first: gc lists New[go.shape.string]
// before the methods of C[go.shape.string], and C[int], met after, before both.
package main

var sink any

type C[K comparable] struct{ m map[K]int }

func New[K comparable]() *C[K] { return &C[K]{m: make(map[K]int)} }

func (c *C[K]) Get(k K) int { sink = new(int); return c.m[k] }

func main() {
	c := New[string]()
	var d *C[int]
	_ = d
	_ = c.Get("a")
}
