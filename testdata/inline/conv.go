package main

func conv(x int) int64 { return int64(x) }

func main() {}
