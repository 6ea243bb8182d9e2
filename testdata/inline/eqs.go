package main

func eqs(a, b string) bool { return a == b }

func main() {}
