package main

var sink any

func pair(a, b *int) (*int, *int) { return a, b }

func assignResults() {
	i, j := 0, 0
	sink, _ = pair(&i, &j)
}

func main() {}
