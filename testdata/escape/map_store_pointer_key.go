package main

func f(m map[*int]bool) {
	x := 1
	m[&x] = true
}

func main() { f(nil) }
