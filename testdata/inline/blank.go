package main

func blank() { _ = 1 }

func main() {}
