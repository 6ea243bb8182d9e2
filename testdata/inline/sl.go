package main

func sl(a []int) []int { return a[0:len(a)] }

func main() {}
