package main

func d5(f func(int)) { defer f(1) }

func main() {}
