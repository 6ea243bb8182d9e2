package main

func vs(s []int) int { return vd(s...) }

func vd(a ...int) int { return len(a) }

func main() {}
