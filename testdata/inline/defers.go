package main

func defers() { defer empty() }

func empty() {}

func main() {}
