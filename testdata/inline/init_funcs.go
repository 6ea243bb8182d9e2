package main

var handlers = []func() int{
	func() int { return 1 },
	func() int { return use(2) },
}

func use(x int) int { return x }

func init() { _ = handlers }

func init() { println() }

func main() {}
