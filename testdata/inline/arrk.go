package main

func arrk() [3]int { return [3]int{2: 1} }

func main() {}
