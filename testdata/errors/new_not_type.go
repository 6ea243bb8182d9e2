package main

func main() {
	_ = new(1, 2)
}
