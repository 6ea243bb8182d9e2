package main

func f() int {
	x := 1
	func() {
		x = 2
	}()
	return x
}

func main() { _ = f() }
