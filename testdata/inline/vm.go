package main

func vm() int { var a, b int; return a + b }

func main() {}
