package main

func main() {
	var s string
	var n int = 3
	s = n
	_ = s
}
