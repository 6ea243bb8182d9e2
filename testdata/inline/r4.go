package main

func r4(a []int) {
	for range a {
	}
}

func main() {}
