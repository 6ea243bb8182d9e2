package main

func ta2(x any) (int, bool) { v, ok := x.(int); return v, ok }

func main() {}
