package main

func v3() int { return vd(1, 2, 3) }

func vd(a ...int) int { return len(a) }

func main() {}
