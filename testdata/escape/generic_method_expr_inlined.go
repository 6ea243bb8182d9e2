package main

// A function holding a method expression's closure, inlined: the
// expansion copies the closure into the caller, named after it
// (main.get[go.shape.int].func1, then func2 for the second copy), and a
// call of the copy is expanded like one of a func literal's copy, with
// the method inside it at the method expression's position.  The
// dictionary wrapper get[int] does the same with its shape instance.

var sink any

type ref[T any] struct{ p *T }

func (r *ref[T]) set(p *T) { r.p = p }
func (r ref[T]) load() *T  { return r.p }

// A pointer method: the pointer argument is the receiver itself.
func store[T any](p *T) ref[T] {
	var r ref[T]
	f := (*ref[T]).set
	f(&r, p)
	return r
}

// A value method through a pointer: the receiver is *q.
func get[T any](r ref[T]) *T {
	q := &r
	f := (*ref[T]).load
	return f(q)
}

type num[T any] struct{ n T }

func (x num[T]) show() { sink = x.n }

// Its expansion in main allocates x.n's interface at the method
// expression, where gc reports the lines of the closure's body.
func display[T any](v T) {
	x := num[T]{n: v}
	f := (*num[T]).show
	f(&x)
}

func main() {
	a, b := 1, 2
	r := store[int](&a)
	sink = get[int](r)
	s := store[int](&b)
	sink = get[int](s)
	display[int](5)
}
