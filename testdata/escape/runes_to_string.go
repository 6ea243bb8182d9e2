package main

func f(r []rune) string {
	return string(r)
}

func main() { _ = f(nil) }
