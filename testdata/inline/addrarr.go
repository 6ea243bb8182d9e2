package main

func addrarr(a *[3]int) *int { return &a[1] }

func main() {}
