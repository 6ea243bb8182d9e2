package main

// A generic function called in a package-level initializer: the call is
// code of the package's init function, whose body gc's reader reads after
// every declared function's, so the dictionary wrapper B[int] is the last
// one decided and expanded (its shape instance is decided first: the init
// function is the first of gc's list).

func A[T any](x T) T { return x }
func B[T any](x T) T { return x }
func C[T any](x T) T { return x }

func f() int { return A(1) }

var v = B(2)

func main() { println(f(), C(3), v) }
