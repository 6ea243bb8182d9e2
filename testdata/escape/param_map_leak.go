package main

var g map[string]int

func f(m map[string]int) {
	g = m
}

func h(m map[string]int) int {
	return m["a"]
}

func main() {
	f(nil)
	_ = h(nil)
}
