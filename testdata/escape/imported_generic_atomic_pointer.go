package main

import "sync/atomic"

// Methods of an imported generic type: gc compiles the shape instances of
// atomic.Pointer[T]'s methods in this package, from the bodies in the
// export data (sync/atomic/type.go), and analyzes them here.  They
// allocate nothing and, being DUPOK, print no "leaking param" lines; what
// shows is their summaries: Store and Load hand &x.v to the bodiless
// StorePointer and LoadPointer, so the receiver and the value leak.

type T struct{ n int }

type Cache struct {
	cur  atomic.Pointer[T]
	name string
}

var global Cache

// declared only: its methods are instantiated all the same
var onlyDeclared atomic.Pointer[[]byte]

var sink any

func (c *Cache) get() *T { return c.cur.Load() }

func (c *Cache) set(t *T) { c.cur.Store(t) }

func swap(c *Cache, t *T) *T { return c.cur.Swap(t) }

func cas(c *Cache, a, b *T) bool { return c.cur.CompareAndSwap(a, b) }

// A local Pointer: Store leaks its receiver, so p and x move to the heap.
func local() int {
	var p atomic.Pointer[int]
	x := 3
	p.Store(&x)
	return *p.Load()
}

// A method value that does not escape, a method expression.
func values() {
	var p atomic.Pointer[string]
	s := "a"
	p.Store(&s)
	load := p.Load
	println(*load())
	f := (*atomic.Pointer[string]).Load
	println(*f(&p))
}

// A method value that escapes.
func escapeValue() {
	var p atomic.Pointer[T]
	sink = p.Load
}

// Pointers and interfaces as type arguments.
func ptrs() {
	var p atomic.Pointer[*T]
	t := &T{4}
	p.Store(&t)
	sink = *p.Load()
}

type I interface{ M() }

func ifaces() {
	var p atomic.Pointer[I]
	var i I
	p.Store(&i)
}

// In a generic type and a generic function: the instances of
// atomic.Pointer[go.shape.int] and so on.
type Box[E any] struct {
	p atomic.Pointer[E]
}

func (b *Box[E]) Put(v *E) { b.p.Store(v) }

func (b *Box[E]) Get() *E { return b.p.Load() }

func keep[E any](v E) *E {
	var p atomic.Pointer[E]
	p.Store(&v)
	return p.Load()
}

type S struct{ a, b int }

func main() {
	global.set(&T{1})
	println(global.get().n, local())
	c := &Cache{}
	swap(c, &T{2})
	cas(c, nil, &T{3})
	values()
	escapeValue()
	ptrs()
	ifaces()
	var b Box[S]
	b.Put(&S{1, 2})
	println(b.Get().a)
	println(*keep(3), keep("s"))
	var bi Box[int]
	x := 5
	bi.Put(&x)
}
