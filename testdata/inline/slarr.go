package main

func slarr() []int { var a [3]int; return a[:] }

func main() {}
