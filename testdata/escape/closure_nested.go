package main

func f() func() func() int {
	x := 1
	return func() func() int {
		return func() int { return x }
	}
}

func main() { _ = f() }
