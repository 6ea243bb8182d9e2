package main

func decl() int { x := 1; return x }

func main() {}
