package main

func f(s []*int) {
	clear(s)
}

func main() { f(nil) }
