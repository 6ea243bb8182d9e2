package main

func f(i any, t int) bool {
	switch t {
	case i:
		return true
	}
	return t == i
}

func g[T comparable](i any, t T) bool {
	switch t {
	case i:
		return true
	}
	return t == i
}

func main() {
	_ = f(1, 2)
	_ = g(1, 2)
	_ = g[any](1, 2)
}
