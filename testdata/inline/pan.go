package main

func pan() { panic("x") }

func main() {}
