package main

func f(dst, src []*int) int {
	return copy(dst, src)
}

func main() { _ = f(nil, nil) }
