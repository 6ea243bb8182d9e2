package main

func addrlocal() *int { x := 1; return &x }

func main() {}
