package main

func f(a, b int) []any {
	return []any{a, b}
}

func main() { _ = f(1, 2) }
