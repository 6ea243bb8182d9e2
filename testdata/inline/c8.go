package main

func c8(r rune) string { return string(r) }

func main() {}
