package main

func apply(h func(int) int, v int) int {
	return h(v)
}

func f() int {
	k := 3
	return apply(func(v int) int { return v * k }, 2)
}

func main() { _ = f() }
