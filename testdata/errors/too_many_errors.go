package main

func main() {
	_ = a1
	_ = a2
	_ = a3
	_ = a4
	_ = a5
	_ = a6
	_ = a7
	_ = a8
	_ = a9
	_ = a10
	_ = a11
	_ = a12
}
