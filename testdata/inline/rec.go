package main

func rec() { recover() }

func main() {}
