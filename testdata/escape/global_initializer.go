package main

type T struct{ n int }

var g = &T{1}

var s = []int{1, 2}

func main() { _, _ = g, s }
