package main

func f(s []*int) {
	x := 1
	s[0] = &x
}

func main() { f(make([]*int, 1)) }
