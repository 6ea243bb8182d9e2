package main

func G[T any](x T) *T { return &x }

var f = G[int]

var g = func() any { return G("s") }

func main() {
	_ = f(1)
	_ = g()
}
