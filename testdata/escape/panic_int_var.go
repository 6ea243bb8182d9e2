package main

func f(n int) {
	if n > 0 {
		panic(n)
	}
}

func main() { f(0) }
