package main

// Costs of calls gc's IR shapes apart from the source:
// - a called operand that calls (f()(x), fs()[0](x), get().f(x)) is
//   held in a temporary first: 5 more;
// - (*T).M of a value method M calls the wrapper gc generates, which no
//   decision covers yet: a call it cannot inline;
// - p.E.M() with E a value field of *p: the ODOTPTR is the dereference;
// - *&x, *new(x), new(t).V(), (&t).V(): half of ODEREF+OADDR.

type S struct{ f func(int) }

type Item struct{ name string }

func (i Item) Label() string { return i.name }

type Outer struct{ Item }

type OuterP struct{ *Item }

func get() S          { return S{} }
func fs() []func(int) { return nil }
func mk() func(int)   { return nil }
func idx() int        { return 0 }

var sink any

func a1(x int)                { fs()[0](x) }
func a2(x int)                { mk()(x) }
func a3(x int)                { get().f(x) }
func a4(x int, s []func(int)) { s[idx()](x) }
func a5(x int, s []func(int)) { s[0](x) }

func b1(v Item)    { sink = Item.Label(v) }
func b2(a *Item)   { sink = (*Item).Label(a) }
func b3(op *Outer) { sink = op.Label() }
func b4(oq OuterP) { sink = oq.Label() }
func b5(o Outer)   { sink = o.Label() }

func c1(t Item) string { return (&t).Label() }
func c2(t Item) string { return new(t).Label() }
func c3(x int) int     { return *new(x) }
func c4(p *Item) string { return (*p).Label() }

func main() {}
