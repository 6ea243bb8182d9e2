package main

func eqi(a any, b int) bool { return a == b }

func main() {}
