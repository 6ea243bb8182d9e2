package main

// go/defer of a generic call: the wrapper calls the shape instance, and
// the dictionary goes through a temporary like the other operands
// (constants stay in the wrapper), in a plain function and in a shape
// instance (whose own dictionary is declared first).  A closure of a
// shape instance passes sub-dictionaries from the function's
// dictionary; a type argument inferred from &x is that expression's own
// *T, so two Use(&x) take two sub-dictionaries and two Use(p) one.

type Str interface{ String() string }

type N int

func (n N) String() string { return "n" }

func Use[T any](x T)     {}
func Use2[T any](x, y T) {}

func A[T any](x T) {
	defer Use(x)
	defer Use2(x, x)
	go Use(1)
	var f func(T)
	go f(x)
	defer println(x)
}

func B(x int) {
	defer Use(x)
	defer Use2(x, 3)
}

func Two[T any](x T) {
	Use(&x)
	Use(&x)
}

func One[T any](x T) {
	p := &x
	Use(p)
	Use(p)
}

func Lits[T any](x T) {
	Use([]T{x})
	Use([]T{x})
}

func Run[T any](x T) {
	defer Use(x)
	go Use(&x)
	func() { Use(x) }()
	func() { Use(&x) }()
}

func M[T Str](x T) {
	func() { _ = x.String() }()
	func() {
		func() { Use(x) }()
	}()
	g := func(y T) { Use(&y) }
	g(x)
}

func main() {
	A(1)
	A("s")
	B(2)
	Two(1)
	One(1)
	Lits(1)
	Run(1)
	M(N(1))
	defer Use(2)
}
