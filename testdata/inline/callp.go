package main

func callp(p *int) int { return *p }

func main() {}
