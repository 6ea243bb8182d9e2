package main

func rn2(x int) (r, s int) { return x, x }

func main() {}
