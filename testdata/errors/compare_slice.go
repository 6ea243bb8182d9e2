package main

func main() {
	a := []int{1}
	b := []int{2}
	_ = a == b
}
