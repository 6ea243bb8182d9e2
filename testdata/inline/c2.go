package main

func c2(x int32) int { return int(x) }

func main() {}
