package main

func mk() []int { return make([]int, 10) }

func main() {}
