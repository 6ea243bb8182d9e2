package main

func main() {
	go len("a")
}
