package main

func main() {
	x := 1.5
	_ = x << 2
}
