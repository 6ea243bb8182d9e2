package main

func f() int {
	m := map[string]int{"a": 1}
	return m["a"]
}

func main() { _ = f() }
