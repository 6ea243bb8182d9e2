package main

// An explicit conversion to an interface in an expanded body prints its
// operand as the constant the parameter statically holds: any(1).

func Conv(x int) any { return any(x) }

func main() { _ = Conv(1) }
