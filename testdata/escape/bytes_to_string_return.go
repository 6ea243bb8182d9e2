package main

func f(b []byte) string {
	return string(b)
}

func main() { _ = f(nil) }
