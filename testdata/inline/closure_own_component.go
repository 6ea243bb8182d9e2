// A closure that captures nothing is a component of its own, with the
// closures and go/defer wrappers that capture from it: gc inlines into
// them right after it, before the enclosing function.
package main

func g() (int, *int) { return 1, nil }
func take(n int, p *int) {}
func one() int           { return 1 }

func outer() {
	f := func() {
		q := one()
		go take(g())
		h := func() int { return q + one() }
		_ = h()
	}
	f()
	go take(g())
	_ = one()
}

func main() { outer() }
