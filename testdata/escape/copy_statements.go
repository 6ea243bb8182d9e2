// Copies of closures whose bodies hold a type switch, a defer and a go
// statement (their own closures are copied with them), copies made by a
// method, and a recursive closure copied into its callers.
package main

var sink any

type T struct{ v int }

func (t *T) get() int { return t.v }

func mk(n int) func(x any) *int {
	return func(x any) (r *int) {
		switch v := x.(type) {
		case int:
			r = &v
		}
		defer func() { sink = n }()
		go func() { sink = &n }()
		return
	}
}

func mk2(t *T) func() int {
	return func() int { return t.get() }
}

func (t *T) M() func() int { return mk2(t) }

type I interface{ M() func() int }

func use(i I) {
	sink = mk(1)
	f := mk(2)
	sink = f(3)
	sink = i.M()
	var t T
	sink = t.M()
}

func rec(n int) func() int {
	return func() int {
		if n > 0 {
			return rec(n - 1)()
		}
		return 0
	}
}

func userec() { sink = rec(3) }

func main() {}
