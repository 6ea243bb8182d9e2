package main

// A closure of a generic function belongs to each shape instance
// (Counter[go.shape.int].func1, decided after it: it captures the
// dictionary) and is copied by each expansion (main.Counter[go.shape.int].func1).

func Counter[T any](step T) func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	c := Counter(1)
	_ = c()
}
