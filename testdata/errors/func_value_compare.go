package main

func f() {}

func main() {
	_ = f == f
}
