package main

func ft(x int) int {
	switch x {
	case 1:
		fallthrough
	case 2:
		return 1
	}
	return 0
}

func main() {}
