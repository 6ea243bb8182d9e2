package main

var g []int

func f(s []int) {
	g = s
}

func h(s []int) int {
	return s[0]
}

func main() {
	f(nil)
	_ = h([]int{1})
}
