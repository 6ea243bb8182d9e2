package main

func strcat(a, b string) string { return a + b }

func main() {}
