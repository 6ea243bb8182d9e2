package main

func andand(a, b bool) bool { return a && b }

func main() {}
