package main

func fv(f func() int) int { return f() }

func main() {}
