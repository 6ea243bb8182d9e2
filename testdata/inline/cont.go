package main

func cont(a []int) int {
	s := 0
	for _, v := range a {
		if v < 0 {
			continue
		}
		s += v
	}
	return s
}

func main() {}
