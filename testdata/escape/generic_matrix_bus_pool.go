package main

import (
	"fmt"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](r, c int) *Matrix[T] {
	return &Matrix[T]{rows: r, cols: c, data: make([]T, r*c)}
}

func (m *Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }

func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) *Matrix[T] {
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

type Bus[E any] struct {
	mu   sync.Mutex
	subs map[string][]func(E)
}

func (b *Bus[E]) Subscribe(topic string, f func(E)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = make(map[string][]func(E))
	}
	b.subs[topic] = append(b.subs[topic], f)
}

func (b *Bus[E]) Publish(topic string, e E) {
	for _, f := range b.subs[topic] {
		f(e)
	}
}

func Pool[T, R any](in []T, f func(T) R, n int) []R {
	out := make([]R, len(in))
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(in); i += n {
				out[i] = f(in[i])
			}
		}(w)
	}
	wg.Wait()
	return out
}

type Event struct{ Name string }

func main() {
	a := NewMatrix[float64](2, 2)
	b := NewMatrix[float64](2, 2)
	c := a.Mul(b)
	fmt.Println(c.At(0, 0))
	var bus Bus[*Event]
	bus.Subscribe("x", func(e *Event) { fmt.Println(e.Name) })
	bus.Publish("x", &Event{"hi"})
	r := Pool([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i) }, 2)
	_ = r
}
