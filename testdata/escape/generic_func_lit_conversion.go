package main

// A func literal assigned, returned or passed where a type parameter with
// a func core type is expected: gc converts it, and the literal's own
// signature is a run-time type of the dictionary when it mentions the
// type parameter (generic_local_type_arg's build).

func take[F ~func(int) int](f F) F { return f }

func k1[F ~func(int) int]() F {
	return func(x int) int { return x }
}

func k2[F ~func(int) int]() F {
	var f F = func(x int) int { return x + 1 }
	return f
}

func k3[F ~func(int) int]() F {
	return take[F](func(x int) int { return x * 2 })
}

func k4[F ~func(int) int]() F {
	g := func(x int) int { return x }
	var f F
	f = g
	_ = f
	return F(func(x int) int { return x - 1 })
}

type fn func(int) int

func main() {
	_ = k1[fn]()
	_ = k2[fn]()
	_ = k3[fn]()
	_ = k4[fn]()
}
