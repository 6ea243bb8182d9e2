package main

func f(m map[string]int) {
	delete(m, "a")
	clear(m)
}

func main() { f(nil) }
