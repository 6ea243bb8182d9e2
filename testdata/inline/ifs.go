package main

func ifs(x int) int {
	if x > 0 {
		return 1
	}
	return 2
}

func main() {}
