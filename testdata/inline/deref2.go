package main

func deref2(p **int) int { return **p }

func main() {}
