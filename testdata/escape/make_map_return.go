package main

func f() map[string]int {
	return make(map[string]int)
}

func main() { _ = f() }
