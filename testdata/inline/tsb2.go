package main

func tsb2(x any) int {
	switch v := x.(type) {
	case int, string:
		_ = v
		return 1
	}
	return 0
}

func main() {}
