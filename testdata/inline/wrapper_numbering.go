package main

func g(int) {}

func two() int { return 2 }

func wrappers(x int) {
	defer g(x)
	go g(two())
}

func main() {}
