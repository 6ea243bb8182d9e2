package main

func f(b []byte) bool {
	return string(b) == "x"
}

func main() { _ = f(nil) }
