package main

func f() int {
	x, y := 1, 2
	s := []*int{&x, &y}
	return *s[0] + *s[1]
}

func main() { _ = f() }
