package main

func decl3() int { var x = 2; return x }

func main() {}
