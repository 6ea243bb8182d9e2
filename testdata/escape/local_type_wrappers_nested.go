// Local types in a function and in its func literal, with promoted
// methods that leak their receiver, beside a generic type's wrappers.
package main

type foo struct{ p *int }

func (f foo) Get() *int   { return f.p }
func (f *foo) PGet() *int { return f.p }

type Box[T any] struct{ v T }

func (b Box[T]) Val() T { return b.v }

var sink any

func g1() {
	type loc struct {
		n int
		*foo
	}
	x := 1
	l := loc{1, &foo{&x}}
	sink = l.Get()
	f := func() {
		type inner struct{ foo }
		var i inner
		sink = i.PGet()
	}
	f()
	sink = Box[int]{1}.Val()
}

func main() { g1() }
