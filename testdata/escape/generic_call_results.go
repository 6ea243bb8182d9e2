package main

// Variables declared from calls in shape instances: the result of a
// generic function or of a method of a generic type is typed from the
// instance's signature, which the checker substitutes once per list of
// type arguments, so New[T] twice declares one run-time type (f1).  A
// method called on the generic type's own instance M[T] takes the
// type's dictionary as a sub-dictionary (f2: .dict[0] for Row and At).
// copy adds its element type, delete its map type, clear nothing.

type M[T any] struct {
	data []T
	next *M[T]
}

func New[T any](n int) *M[T] { return &M[T]{data: make([]T, n)} }

func Get[T any](m *M[T]) []T { return m.data }

func (m *M[T]) At(i int) T  { return m.data[i] }
func (m *M[T]) Row() []T    { return m.data }
func (m *M[T]) Peer() *M[T] { return m.next }
func (m *M[T]) Same() *M[T] { return m }
func (m *M[T]) Clone() *M[T] {
	c := New[T](len(m.data))
	d := New[T](1)
	r := m.Row()
	s := m.next.Row()
	p := m.Peer()
	copy(c.data, r)
	copy(d.data, s)
	_ = p
	return c
}

func (m *M[T]) Pair() (*M[T], *M[T]) {
	a := New[T](1)
	b := New[T](1)
	return a, b
}

func f1[T any](n int) int {
	a := New[T](n)
	b := New[T](n)
	x := Get(a)
	y := Get(b)
	return len(x) + len(y)
}

func f2[T any](m *M[T]) T {
	r := m.Row()
	q := m.Row()
	z := m.At(0)
	_ = q
	_ = z
	return r[0]
}

func main1() {
	m := New[int](2)
	_ = m.Clone()
	_, _ = m.Pair()
	_ = f1[string](1)
	_ = f2(m)
}

func c1[T any](a, b []T) int { return copy(a, b) }

func c2[T any](a []T, m map[string]T) {
	copy(a, a[1:])
	delete(m, "x")
	clear(m)
	clear(a)
}

func c3[K comparable, V any](m map[K]V, k K) {
	delete(m, k)
	var n map[K][]V
	delete(n, k)
}

func c4[T ~byte](b []T, s string) int {
	return copy(b, b[1:]) + len(s)
}

func c5[M ~map[string]int](m M) {
	delete(m, "a")
	clear(m)
}

func main() {
	main1()
	_ = c1([]int{1}, nil)
	c2([]int{1}, nil)
	c3(map[int]string{}, 1)
	_ = c4([]byte{}, "x")
	c5(map[string]int{})
}
