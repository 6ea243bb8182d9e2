package main

func c1(x int) int32 { return int32(x) }

func main() {}
