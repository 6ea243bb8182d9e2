package main

func mix() int { x, y := 1, 2; x, z := 3, 4; return x + y + z }

func main() {}
