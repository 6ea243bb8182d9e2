package main

func iface(x I) int { return x.N() }

type I interface{ N() int }

func main() {}
