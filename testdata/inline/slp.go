package main

func slp(p *[3]int) []int { return p[:] }

func main() {}
