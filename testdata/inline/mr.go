package main

func mr(m map[int]int) (int, bool) { v, ok := m[1]; return v, ok }

func main() {}
