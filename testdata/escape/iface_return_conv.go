package main

func f(n int) interface{} {
	return n
}

func main() { _ = f(1) }
