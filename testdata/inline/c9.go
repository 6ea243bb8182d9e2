package main

func c9(x int) uint64 { return uint64(x) }

func main() {}
