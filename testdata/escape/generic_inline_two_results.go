package main

// A wrapper returning two results pays for the temporaries of a
// multi-value return (2 + 4 per result).

func Split[T any](xs []T) (T, []T) { return xs[0], xs[1:] }

func main() {
	xs := []int{1, 2}
	_, _ = Split(xs)
}
