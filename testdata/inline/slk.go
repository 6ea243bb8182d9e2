package main

func slk() []int { return []int{2: 1} }

func main() {}
