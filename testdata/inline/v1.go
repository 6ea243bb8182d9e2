package main

func v1() int { return vd(1) }

func vd(a ...int) int { return len(a) }

func main() {}
