package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cache[K comparable, V any] struct {
	m     map[K]*entry[V]
	order []K
}

type entry[V any] struct {
	v   V
	hit int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{m: make(map[K]*entry[V])}
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.m[k] = &entry[V]{v: v}
	c.order = append(c.order, k)
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	e, ok := c.m[k]
	if !ok {
		var zero V
		return zero, errors.New("missing")
	}
	e.hit++
	return e.v, nil
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Join[T fmt.Stringer](xs []T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.String())
	}
	return b.String()
}

type N int

func (n N) String() string { return "n" }

func Chan[T any](xs []T) <-chan T {
	ch := make(chan T, len(xs))
	go func() {
		for _, x := range xs {
			ch <- x
		}
		close(ch)
	}()
	return ch
}

func main() {
	c := NewCache[string, int]()
	c.Put("a", 1)
	v, err := c.Get("a")
	fmt.Println(v, err)
	pc := NewCache[int, *N]()
	n := N(3)
	pc.Put(1, &n)
	_ = Reduce([]int{1, 2}, "", func(a string, i int) string { return a + "x" })
	_ = Join([]N{1, 2})
	for x := range Chan([]string{"a"}) {
		_ = x
	}
}
