package main

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) Get() (T, bool) { return o.val, o.ok }

func (o *Opt[T]) Ptr() *T { return &o.val }

func (o Opt[T]) Map(f func(T) T) Opt[T] { return Some(f(o.val)) }

type Tree[T any] struct {
	left, right *Tree[T]
	v           T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{v: v}
	}
	if less(v, t.v) {
		t.left = t.left.Insert(v, less)
	} else {
		t.right = t.right.Insert(v, less)
	}
	return t
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

var sink any

func main() {
	o := Some(3)
	v, _ := o.Get()
	_ = v
	p := o.Ptr()
	sink = p
	_ = o.Map(func(i int) int { return i + 1 })
	var t *Tree[string]
	t = t.Insert("a", func(a, b string) bool { return a < b })
	_ = Filter([]int{1, 2, 3}, func(i int) bool { return i > 1 })
	x := 1
	sink = Filter([]*int{&x}, func(p *int) bool { return p != nil })
}
