package main

func vm2() int { var a, b = 1, 2; return a + b }

func main() {}
