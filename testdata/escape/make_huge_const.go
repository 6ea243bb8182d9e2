package main

func f() int {
	s := make([]byte, 1<<30)
	return len(s)
}

func main() { _ = f() }
