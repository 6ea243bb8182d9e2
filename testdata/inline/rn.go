package main

func rn(x int) (r int) { return x }

func main() {}
