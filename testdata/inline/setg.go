package main

func setg(x int) { g = x }

var g int

func main() {}
