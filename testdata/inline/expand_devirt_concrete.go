package main

// gc's concrete-type analysis: an interface local devirtualizes when all
// its non-nil assignments agree on one concrete type, through type
// switches, assertions, closures and the results of inlined calls.

type A interface{ A() int }

type Impl struct{ n int }

func (i *Impl) A() int { return i.n }

func pick(b bool) A {
	if b {
		return &Impl{1}
	}
	return &Impl{2}
}

func f(b bool) int {
	var v A
	n := 0
	if b {
		v = &Impl{3}
	}
	v = nil
	v = &Impl{4}
	n += v.A()
	switch w := v.(type) {
	case A:
		n += w.A()
	}
	g := func() int { return v.A() }
	n += g()
	p := pick(b)
	return n + p.A()
}

func main() { _ = f(true) }
