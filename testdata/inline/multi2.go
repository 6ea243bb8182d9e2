package main

func multi2() int { a, b := twoassign(); return a + b }

func twoassign() (int, int) { a, b := 1, 2; return a, b }

func main() {}
