package main

type I interface{ M() }

func f(i I) bool {
	return i != nil
}

func main() { _ = f(nil) }
