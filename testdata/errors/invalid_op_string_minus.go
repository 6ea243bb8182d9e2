package main

func main() {
	s := "a"
	_ = s - "b"
}
