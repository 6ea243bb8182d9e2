package main

func c6(x uint) int { return int(x) }

func main() {}
