package main

// An interface method called on a call's result, f().M(): gc's reader holds
// f() in a temporary first, which costs 5 (its declaration and name, the
// assignment, the name twice), as for f()().  r7 is inlinable without
// them (79) and not with them (84).  Other receivers, conversions included, need no temporary.

var sink any

type namer interface{ Name() string }

type user struct{ name string }

func (u *user) Name() string { return u.name }

type box struct{ n namer }

//go:noinline
func find(n string) namer { return &user{n} }

func r1(n string) string  { return find(n).Name() }
func r2(m map[string]namer) string { return m["a"].Name() }
func r3(a []namer) string  { return a[0].Name() }
func r4(b *box) string     { return b.n.Name() }
func r5(x any) string      { return x.(namer).Name() }
func r6(n namer) string    { return (n).Name() }
func r7(f func() namer) string { return f().Name() }
func r8(n string) string { return find(n).Name() + find(n).Name() }
func r9(n string) string { return namer(&user{n}).Name() } // a conversion: no temporary

func main() {
	_ = r1("x")
	_ = r2(nil)
	_ = r3(nil)
	_ = r4(nil)
	_ = r5(nil)
	_ = r6(nil)
	_ = r7(nil)
	_ = r8("")
	_ = r9("")
}
