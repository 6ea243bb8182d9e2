package main

func v0() int { return vd() }

func vd(a ...int) int { return len(a) }

func main() {}
