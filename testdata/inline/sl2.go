package main

func sl2(a []int) []int { return a[1:2] }

func main() {}
