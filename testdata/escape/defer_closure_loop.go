package main

func f() int {
	n := 0
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return n
}

func main() { _ = f() }
