package main

func nested() func() func() int { return func() func() int { return func() int { return 1 } } }

func main() {}
