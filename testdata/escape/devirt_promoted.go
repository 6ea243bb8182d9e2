// An interface call whose concrete type has the method only promoted
// through embedded fields: gc devirtualizes it to the wrapper it makes,
// whose receiver leaks as the method's, through the path (pointers
// passed, a value method through a pointer, a pointer method of a value).
package main

type foo struct{ p *int }

func (f foo) Get() *int   { return f.p }
func (f *foo) PGet() *int { return f.p }

type Getter interface{ Get() *int }
type PGetter interface{ PGet() *int }

type byval struct{ foo }
type byptr struct{ *foo }
type deep struct {
	n int
	byptr
}

var sink any

func a() {
	x := 1
	var g Getter = byval{foo{&x}}
	sink = g.Get()
}

func b() {
	y := 2
	var g Getter = byptr{&foo{&y}}
	sink = g.Get()
}

func c() {
	z := 3
	var g PGetter = &byval{foo{&z}}
	sink = g.PGet()
}

func d() {
	w := 4
	var g Getter = deep{1, byptr{&foo{&w}}}
	_ = g.Get()
}

func e() {
	v := 5
	var g PGetter = byptr{&foo{&v}}
	_ = g.PGet()
}

func main() { a(); b(); c(); d(); e(); local() }

type hidden struct{}

func (hidden) Error() string { return "ok" }

func local() {
	type collision struct{ hidden }
	s := error(collision{})
	println(s.Error())
}
