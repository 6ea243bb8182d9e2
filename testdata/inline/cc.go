package main

func cc() int { return func() int { return 1 }() }

func main() {}
