package main

func getF() func() { return nil }

func b1() { getF()() }
func b2() { f := getF(); f() }
func b3(g func() func()) { g()() }

func main() {}
