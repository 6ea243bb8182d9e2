package main

func f() int {
	m := make(map[string]int)
	m["a"] = 1
	return len(m)
}

func main() { _ = f() }
