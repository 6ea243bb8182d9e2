package main

func convi(x int) any { return x }

func main() {}
