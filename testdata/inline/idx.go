package main

func idx(a []int) int { return a[0] }

func main() {}
