package main

func f() int {
	p := new(int)
	*p = 3
	return *p
}

func main() { _ = f() }
