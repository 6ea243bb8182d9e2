package main

// A closure copied by inlining holds literals of its own: gc decides
// about (CanInline) the copies of those its body calls, just before the
// copy, innermost first; a literal it does not call gets no line.

var sink any

func g() int {
	n := 1
	outer := func() {
		inner := func() { n++ }
		inner()
		inner()
		func() { n-- }()
		deep := func() {
			d2 := func() { n *= 2 }
			d2()
		}
		deep()
	}
	outer()
	return n
}

func f() int {
	return g()
}

func h() int {
	n := 1
	outer := func() {
		inner := func() { n++ }
		inner()
		esc := func() { n += 3 }
		sink = esc
	}
	outer()
	return n
}

func k() int {
	n := 1
	outer := func() {
		inner := func() { n++ }
		inner()
	}
	outer()
	return n
}

func callk() int { return k() }

func main() { println(f(), h(), callk()) }
