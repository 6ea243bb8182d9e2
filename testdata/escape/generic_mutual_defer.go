package main

func Even[T any](n int, x T) *T {
	if n == 0 {
		return &x
	}
	return Odd(n-1, x)
}

func Odd[T any](n int, x T) *T {
	if n == 0 {
		return nil
	}
	return Even(n-1, x)
}

func Run[T any](x T) {
	defer Use(x)
	go Use(&x)
	func() { Use(x) }()
}

func Use[T any](x T) {}

type Big struct{ a [20]int }

func Cap[T any](x T) func() {
	return func() { _ = x }
}

var sink any

func main() {
	_ = Even(3, 1)
	_ = Even(3, "s")
	Run(1)
	Run("s")
	sink = Cap(Big{})
	sink = Cap(1)
	defer Use(2)
}
