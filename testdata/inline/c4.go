package main

func c4(x int) MyInt { return MyInt(x) }

type MyInt int

func main() {}
