package main

func f(m map[string]*int) {
	x := 1
	m["x"] = &x
}

func main() { f(map[string]*int{}) }
