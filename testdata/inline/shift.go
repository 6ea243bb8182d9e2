package main

func shift(a uint) int { return 1 << a }

func main() {}
