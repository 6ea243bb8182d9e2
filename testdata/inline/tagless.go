package main

func tagless(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 2
	}
}

func main() {}
