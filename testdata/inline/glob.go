package main

func glob() int { return g }

var g int

func main() {}
