package main

// One method expression's closure called several times, in a loop, or
// kept, in shape instances of several shapes.  gc compiles the closure
// with its function and walks its body where the method expression is:
// the method it calls is expanded there too, and every expansion reports
// at the method expression, whatever the call.

var sink any

type box[T any] struct{ v T }

func (b box[T]) keep() { sink = b.v }

// Two calls: the closure may cost up to 160 here (80 when called once).
func twice[T any](v T) {
	x := box[T]{v: v}
	y := box[T]{v: v}
	kp := (*box[T]).keep
	kp(&x)
	kp(&y)
}

type cell[T any] struct{ v T }

func (c cell[T]) keep() { sink = c.v }

// In a loop: gc's inliner expands the call the same way.
func loop[T any](v T) {
	x := cell[T]{v: v}
	for i := 0; i < 3; i++ {
		kp := (*cell[T]).keep
		kp(&x)
	}
}

type jar[T any] struct{ v T }

func (j jar[T]) keep() { sink = j.v }

// Never called, kept: the closure's own body still expands keep.
func kept[T any]() {
	kp := (*jar[T]).keep
	sink = kp
}

func main() {
	twice[int](1)
	twice[string]("s")
	loop[int](2)
	kept[int]()
	n := 3
	twice[*int](&n)
}
