package main

import "unsafe"

// unsafe.Sizeof, Alignof and Offsetof whose operand's size varies with a
// type parameter are no constants in the generic function; gc's reader
// replaces each by the constant of the shape's layout in the shape
// instance, without evaluating the operand and without a dictionary
// entry, and what surrounds it stays an expression: uintptr(8) +
// uintptr(1).  One whose size does not vary (Sizeof(&x)) is folded with
// what surrounds it.

type S struct {
	a int8
	b int64
}

type pair[T any] struct {
	a T
	b int
}

type inner[T any] struct {
	x int8
	y T
}

type outer[T any] struct {
	c int8
	inner[T]
	d T
}

type box[T any] struct {
	pad int8
	v   T
}

func (b *box[T]) size() uintptr { return unsafe.Sizeof(b.v) + unsafe.Offsetof(b.v) }

func (b *box[T]) align() uintptr { return unsafe.Alignof(*b) }

func ptrs[T any](x *T) uintptr { return unsafe.Sizeof(x) }

func arr[T any](x [3]T) uintptr { return unsafe.Sizeof(x) }

func arr0[T any](x [0]T) uintptr { return unsafe.Alignof(x) }

func st[T any](x pair[T]) uintptr { return unsafe.Sizeof(x) }

func emb[T any](p *outer[T]) uintptr { return unsafe.Offsetof(p.y) }

func emb2[T any](p outer[T]) uintptr { return unsafe.Offsetof(p.d) }

func plus[T any](x T) uintptr { return unsafe.Sizeof(x) + 1 }

func folded[T any](x T) uintptr { return unsafe.Sizeof(&x) + 1 }

func times[T any](x T) uintptr { return 2 * unsafe.Alignof(x) }

func closure[T any](x T) func() uintptr {
	return func() uintptr { return unsafe.Sizeof([2]T{}) }
}

func conv[T any](x T) int { return int(unsafe.Sizeof(x)) + 1 }

func less[T any](x [3]T) bool { return 24 < unsafe.Sizeof(x) }

func shift[T any](x [3]T) uintptr { return unsafe.Sizeof(x) >> 2 }

func neg[T any](x T) uintptr { return -unsafe.Sizeof(x) }

func char[T any](x T) uintptr { return unsafe.Sizeof(x) + 'a' }

func unevaluated[T any](x T) uintptr {
	return unsafe.Sizeof(any(x)) + unsafe.Sizeof(make([]T, 1))
}

func main() {
	var i int
	var e interface{}
	ptrs(&i)
	ptrs(&e)
	arr([3]int8{})
	arr([3]S{})
	arr0([0]S{})
	arr0([0]int8{})
	st(pair[int8]{})
	st(pair[S]{})
	st(pair[*int]{})
	st(pair[[]int]{})
	st(pair[func()]{})
	st(pair[map[int]int]{})
	st(pair[chan int]{})
	st(pair[complex64]{})
	st(pair[struct{}]{})
	st(pair[[0]int64]{})
	emb(&outer[int16]{})
	emb(&outer[S]{})
	emb2(outer[[3]byte]{})
	(&box[int8]{}).size()
	(&box[string]{}).size()
	(&box[int8]{}).align()
	(&box[string]{}).align()
	plus(1)
	folded(1)
	times("")
	closure("")()
	closure(int8(1))()
	conv(1)
	less([3]int16{})
	shift([3]int16{})
	neg(1)
	char(1)
	unevaluated(1)
}
