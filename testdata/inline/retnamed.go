package main

func retnamed() (r int) { r = 1; return }

func main() {}
