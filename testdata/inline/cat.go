package main

func cat(a, b, c string) string { return a + b + c }

func main() {}
