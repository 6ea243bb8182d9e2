package main

func main() {
	var a [-1]int
	_ = a
}
