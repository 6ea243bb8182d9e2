package main

func prt() { println(1) }

func main() {}
