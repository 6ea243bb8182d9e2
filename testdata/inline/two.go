package main

func two() (func(), func()) { return func() {}, func() {} }

func main() {}
