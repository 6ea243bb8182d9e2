package main

func clo() func() int { return func() int { return 1 } }

func main() {}
