package main

func main() {
	m := map[int]int{}
	_ = m[1:2]
}
