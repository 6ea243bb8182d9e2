package main

func f(b bool) {
	x := 1
	if b {
		panic(&x)
	}
}

func main() { f(false) }
