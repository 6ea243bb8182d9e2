package main

// The package's init function is the first root of gc's bottom-up walk:
// the calls of its callees (f, the closure of Gen[go.shape.int]) are
// expanded before its own, and before the other functions'.

func g() int { return 1 }

func f() int { return g() + 1 }

func Gen[T any](x T) func() T {
	return func() T { return id(x) }
}

func id[T any](x T) T { return x }

var x = f()

var y = Gen(2)

func main() { println(x, y()) }
