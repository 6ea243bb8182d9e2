package main

// A call whose function operand is itself a call, g()(x), or an
// interface method called on a call's result, iface().M(x): gc's reader
// first holds g() (iface()) in a temporary, and the call's text names
// it: .autotmp_1(xs...).

var sink any

type namer interface{ Name() string }

type user struct{ name string }

func (u *user) Name() string { return u.name }

//go:noinline
func pick() func(...int) int { return func(xs ...int) int { return len(xs) } }

//go:noinline
func find(n string) namer { return &user{n} }

func apply(xs []int) {
	sink = pick()(xs...)
}

func describe(n string) {
	sink = find(n).Name()
}

func main() {
	apply(nil)
	describe("x")
}
