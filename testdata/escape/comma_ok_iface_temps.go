package main

var sink any

func a(m map[int]int) {
	var v, ok any
	v, ok = m[1]
	sink = v
	sink = ok
	y := 5
	sink = &y
}

func main() {}
