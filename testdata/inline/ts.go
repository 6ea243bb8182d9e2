package main

func ts(x any) int {
	switch x.(type) {
	case int:
		return 1
	}
	return 0
}

func main() {}
