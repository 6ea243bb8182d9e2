package main

func (int) M() {}

func main() {}
