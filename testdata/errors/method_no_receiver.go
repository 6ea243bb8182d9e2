package main

func () m() {}

func main() {}
