package main

func ifinit(m map[int]int) int {
	if v, ok := m[1]; ok {
		return v
	}
	return 0
}

func main() {}
