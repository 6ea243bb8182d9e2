package main

func main() {
	var a int = 1
	var b float64 = 2
	_ = a + b
}
