package main

func f() int {
	x := 3
	p := &x
	*p = 4
	return x
}

func main() { _ = f() }
