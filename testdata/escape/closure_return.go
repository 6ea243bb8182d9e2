package main

func f() func() int {
	x := 1
	return func() int {
		x++
		return x
	}
}

func main() { _ = f() }
