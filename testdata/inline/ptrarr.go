package main

func ptrarr(p *[3]int) int { return p[1] }

func main() {}
