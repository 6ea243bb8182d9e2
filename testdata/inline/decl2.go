package main

func decl2() int { var x int; return x }

func main() {}
