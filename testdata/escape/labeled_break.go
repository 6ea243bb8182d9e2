package main

func f(m [][]int) *int {
outer:
	for i := range m {
		for j := range m[i] {
			if m[i][j] == 0 {
				break outer
			}
		}
	}
	x := 1
	return &x
}

func main() { _ = f(nil) }
