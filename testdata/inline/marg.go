package main

func marg() (int, int) { return ma(ma(1, 2)) }

func ma(a, b int) (int, int) { return b, a }

func main() {}
