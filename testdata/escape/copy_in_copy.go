// A func literal inside a closure that inlining copies: the inner literal
// is copied with it (a closure of the copy), and neither copy's calls are
// expanded.
package main

var sink any

func leak(p *int) { sink = p }

func outer(n int) func() func() {
	return func() func() {
		m := n + 1
		return func() {
			leak(&m)
		}
	}
}

func twice(n int) func(int) int {
	return func(k int) int {
		add := func(v int) int { return v + n }
		return add(add(k))
	}
}

func use() {
	f := outer(1)
	sink = f
	g := outer(2)
	sink = g()
	t := twice(3)
	sink = t
}

func main() {}
