package main

func f(m map[string]int, b []byte) int {
	return m[string(b)]
}

func main() { _ = f(nil, nil) }
