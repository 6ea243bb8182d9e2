package main

func Keep[T any](x T) *T { return &x }

func Two[T any](x, y T) T { return y }

func apply(f func(int) *int) *int { return f(1) }

var sink any

func main() {
	f := Keep[int]
	_ = f(2)
	var g func(string) *string = Keep
	_ = g("a")
	_ = apply(Keep[int])
	sink = Keep[float64]
	h := Two[*int]
	x := 1
	sink = h(nil, &x)
}
