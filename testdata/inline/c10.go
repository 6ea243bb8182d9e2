package main

func c10(x float64) int { return int(x) }

func main() {}
