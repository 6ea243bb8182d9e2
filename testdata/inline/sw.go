package main

func sw(x int) int {
	switch x {
	case 1:
		return 2
	case 3, 4:
		return 5
	}
	return 0
}

func main() {}
