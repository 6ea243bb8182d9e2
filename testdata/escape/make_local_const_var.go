package main

func f() int {
	n := 10
	s := make([]byte, n)
	return len(s)
}

func main() { _ = f() }
