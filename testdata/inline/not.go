package main

func not(b bool) bool { return !b }

func main() {}
