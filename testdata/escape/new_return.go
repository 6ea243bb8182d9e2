package main

func f() *int {
	return new(int)
}

func main() { _ = f() }
