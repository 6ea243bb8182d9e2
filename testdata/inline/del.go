package main

func del(m map[int]int) { delete(m, 1) }

func main() {}
