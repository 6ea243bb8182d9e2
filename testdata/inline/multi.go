package main

func multi() (int, int) { return twoassign() }

func twoassign() (int, int) { a, b := 1, 2; return a, b }

func main() {}
