package main

func main() {
	foo()
}
