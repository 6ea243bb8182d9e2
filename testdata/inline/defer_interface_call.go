package main

func d2(x I) { defer x.N() }

type I interface{ N() int }

func main() {}
