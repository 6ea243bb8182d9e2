package main

func f() map[string][]int {
	return map[string][]int{"a": {1, 2}}
}

func main() { _ = f() }
