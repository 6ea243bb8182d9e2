package main

func f() (r int) {
	x := 1
	defer func() {
		r = x
	}()
	return 0
}

func main() { _ = f() }
