package main

func f(b []byte) int {
	s := string(b)
	return len(s)
}

func main() { _ = f(nil) }
