package main

func r2(m map[int]int) int {
	s := 0
	for k, v := range m {
		s += k + v
	}
	return s
}

func main() {}
