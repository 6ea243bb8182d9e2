package main

func f(m map[string]*int) *int {
	return m["x"]
}

func main() { _ = f(nil) }
