package main

func count(xs ...*int) int { return len(xs) }

func main() { _ = count() }
