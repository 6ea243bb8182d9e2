package main

var g *int

func f(s []*int) {
	g = s[0]
}

func main() {
	x := 1
	f([]*int{&x})
}
