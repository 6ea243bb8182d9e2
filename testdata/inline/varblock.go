package main

func varblock() {
	var (
		a = 1
		b = 2
	)
	_, _ = a, b
}

func main() {}
