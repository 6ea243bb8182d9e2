package main

// Two type arguments with one underlying type share a shape instance but
// have a dictionary wrapper each.

type MyInt int

func Max[T ~int](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max(1, 2)
	_ = Max(MyInt(1), 3)
}
