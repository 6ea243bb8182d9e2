package main

func gos() { go empty() }

func empty() {}

func main() {}
