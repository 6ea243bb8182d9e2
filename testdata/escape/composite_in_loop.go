package main

type T struct{ n int }

var g []*T

func f() {
	for i := 0; i < 3; i++ {
		g = append(g, &T{i})
	}
}

func main() { f() }
