package main

func r6(s string) int {
	n := 0
	for _, c := range s {
		n += int(c)
	}
	return n
}

func main() {}
