package main

func slit() []int { return []int{1, 2, 3} }

func main() {}
