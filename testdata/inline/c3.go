package main

func c3(x int) float64 { return float64(x) }

func main() {}
